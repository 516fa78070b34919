package eu.ecmr.accesspoint.rendering.seal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;

/**
 * Seals a finished PDF with the Access Point's key: a PAdES baseline-B signature (ETSI EN 319 142-1
 * s.6.3) appended as an incremental update, so the sealed bytes begin with the unsealed ones. The
 * widget is invisible but printable with an empty appearance (PDFBox's choice for PDF/A, ISO 19005-3
 * s.6.3.2-3). Thread-safe.
 */
public final class PadesSeal {

    /** Room for the signer info, attributes and DER framing around the certificates: about 500 bytes are used. */
    private static final int SIGNATURE_OVERHEAD = 1_024;
    private static final COSName ETSI_CADES_DETACHED = COSName.getPDFName("ETSI.CAdES.detached");

    private final CadesDetachedSignature cms;
    private final int signatureSize;

    public PadesSeal(SealKey key) {
        this.cms = new CadesDetachedSignature(key);
        int certificates = 0;
        try {
            for (X509Certificate certificate : key.chain()) {
                certificates += certificate.getEncoded().length;
            }
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException("Cannot encode the seal's certificates", e);
        }
        // The /Contents placeholder is written and hashed around in every copy: no bigger than needed.
        this.signatureSize = certificates + SIGNATURE_OVERHEAD;
    }

    /**
     * @param signingTime the /M entry, the only signing time in a PAdES signature
     * @param idSeed      fixes the new trailer /ID, which PDFBox otherwise derives from the clock
     */
    public byte[] seal(byte[] pdf, Instant signingTime, String reason, long idSeed) {
        try (PDDocument document = Loader.loadPDF(pdf);
                SignatureOptions options = new SignatureOptions()) {
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(ETSI_CADES_DETACHED);
            signature.setReason(reason);
            Calendar time = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
            time.setTimeInMillis(signingTime.getEpochSecond() * 1000);
            signature.setSignDate(time);
            options.setPreferredSignatureSize(signatureSize);
            document.addSignature(signature, content -> cms.sign(content.readAllBytes()), options);
            document.setDocumentId(idSeed);
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 2 * signatureSize + 4_096);
            document.saveIncremental(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot seal the PDF", e);
        }
    }
}
