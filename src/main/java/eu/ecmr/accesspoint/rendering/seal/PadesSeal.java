package eu.ecmr.accesspoint.rendering.seal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Locale;
import java.util.TimeZone;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;

/**
 * Seals a PDF with the Access Point's key: a PAdES baseline-B signature (ETSI EN 319 142-1 s.6.3)
 * written in the same save as the rest of the copy. {@link #prepare} adds the signature field with a
 * zeroed /Contents and a placeholder /ByteRange (ISO 32000-1 s.12.8.1); once the document is saved,
 * {@link #sign} writes the real byte range over the placeholder, signs all bytes but the /Contents
 * string and writes the CMS into it. One save, no re-parse: what an incremental update would cost
 * twice. The widget is invisible but printable with an empty appearance (PDFBox's choice for PDF/A,
 * ISO 19005-3 s.6.3.2-3). Thread-safe.
 */
public final class PadesSeal {

    /** Room for the signer info, attributes and DER framing around the certificates: about 500 bytes are used. */
    private static final int SIGNATURE_OVERHEAD = 1_024;
    private static final COSName ETSI_CADES_DETACHED = COSName.getPDFName("ETSI.CAdES.detached");
    /** What PDFBox writes for /ByteRange until the offsets are known, right after /Contents: room for any offset. */
    private static final String BYTE_RANGE_PLACEHOLDER = "/ByteRange [0 1000000000 1000000000 1000000000]";
    private static final String CONTENTS = "/Contents <";
    private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);

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
     * Adds the seal's signature field to a document about to be saved, uncompressed (no object streams),
     * so that the placeholders can be found in the saved bytes.
     *
     * @param signingTime the /M entry, the only signing time in a PAdES signature
     */
    public void prepare(PDDocument document, Instant signingTime, String reason) {
        PDSignature signature = new PDSignature();
        signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
        signature.setSubFilter(ETSI_CADES_DETACHED);
        signature.setReason(reason);
        Calendar time = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        time.setTimeInMillis(signingTime.getEpochSecond() * 1000);
        signature.setSignDate(time);
        try (SignatureOptions options = new SignatureOptions()) {
            options.setPreferredSignatureSize(signatureSize);
            document.addSignature(signature, options);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot add the seal's signature field", e);
        }
    }

    /** Signs a document saved after {@link #prepare}: fills in its /ByteRange and /Contents, in place. */
    public byte[] sign(byte[] saved) {
        // Latin-1 maps byte to char one to one, and String.indexOf is the JDK's vectorised search.
        String text = new String(saved, StandardCharsets.ISO_8859_1);
        int byteRange = text.indexOf(BYTE_RANGE_PLACEHOLDER);
        int contentsStart = text.lastIndexOf(CONTENTS, byteRange) + CONTENTS.length() - 1;
        int contentsEnd = contentsStart + 2 * signatureSize + 2;
        if (byteRange < 0 || text.lastIndexOf(BYTE_RANGE_PLACEHOLDER) != byteRange || contentsStart < CONTENTS.length()
                || !text.startsWith(">\n" + BYTE_RANGE_PLACEHOLDER, contentsEnd - 1)
                || text.substring(contentsStart + 1, contentsEnd - 1).chars().anyMatch(c -> c != '0')) {
            throw new IllegalStateException("The saved PDF has no single signature dictionary with placeholders to sign into");
        }
        String range = String.format(Locale.ROOT, "[0 %d %d %d]", contentsStart, contentsEnd, saved.length - contentsEnd);
        int rangeAt = byteRange + "/ByteRange ".length();
        Arrays.fill(saved, rangeAt, byteRange + BYTE_RANGE_PLACEHOLDER.length(), (byte) ' ');
        System.arraycopy(range.getBytes(StandardCharsets.US_ASCII), 0, saved, rangeAt, range.length());

        byte[] signed = new byte[saved.length - (contentsEnd - contentsStart)];
        System.arraycopy(saved, 0, signed, 0, contentsStart);
        System.arraycopy(saved, contentsEnd, signed, contentsStart, saved.length - contentsEnd);
        byte[] signature = cms.sign(signed);
        if (signature.length > signatureSize) {
            throw new IllegalStateException("The seal's CMS (" + signature.length + " bytes) outgrew its room (" + signatureSize + ")");
        }
        for (int i = 0; i < signature.length; i++) {
            saved[contentsStart + 1 + 2 * i] = HEX[(signature[i] >> 4) & 0xF];
            saved[contentsStart + 2 + 2 * i] = HEX[signature[i] & 0xF];
        }
        return saved;
    }
}
