package eu.ecmr.accesspoint.rendering.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import java.util.zip.Deflater;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

/**
 * Makes a document PDF/A-3b (ISO 19005-3): XMP metadata that matches the Info dictionary, and an sRGB
 * output intent for the DeviceRGB colours the pages use (s.6.2.3). Thread-safe; the ICC profile is read once.
 */
public final class PdfA {

    private static final String ICC_RESOURCE = "/color/sRGB.icc";

    /** The profile, compressed once. */
    private final byte[] iccProfile;

    private PdfA(byte[] iccProfile) {
        this.iccProfile = Streams.deflate(iccProfile, Deflater.BEST_COMPRESSION);
    }

    public static PdfA load() {
        try (InputStream in = PdfA.class.getResourceAsStream(ICC_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing colour profile " + ICC_RESOURCE);
            }
            return new PdfA(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + ICC_RESOURCE, e);
        }
    }

    public void apply(PDDocument document, DocumentInfo info) {
        document.setVersion(1.7f);
        PDDocumentCatalog catalog = document.getDocumentCatalog();
        COSStream metadata = Streams.plain(document, Xmp.packet(info));
        metadata.setItem(COSName.TYPE, COSName.METADATA);
        metadata.setItem(COSName.SUBTYPE, COSName.getPDFName("XML"));
        catalog.getCOSObject().setItem(COSName.METADATA, metadata);
        catalog.getCOSObject().setItem(COSName.OUTPUT_INTENTS, outputIntents(document));

        PDDocumentInformation information = document.getDocumentInformation();
        Calendar created = calendar(info.created());
        information.setTitle(info.title());
        information.setAuthor(info.author());
        information.setSubject(info.subject());
        information.setCreator(info.creator());
        information.setProducer(info.producer());
        information.setCreationDate(created);
        information.setModificationDate(created);
    }

    private COSArray outputIntents(PDDocument document) {
        COSStream profile = Streams.compressed(document, iccProfile);
        profile.setInt(COSName.N, 3);
        COSDictionary intent = new COSDictionary();
        intent.setItem(COSName.TYPE, COSName.getPDFName("OutputIntent"));
        intent.setItem(COSName.S, COSName.getPDFName("GTS_PDFA1"));
        intent.setString(COSName.OUTPUT_CONDITION_IDENTIFIER, "sRGB IEC61966-2.1");
        intent.setString(COSName.INFO, "sRGB IEC61966-2.1");
        intent.setString(COSName.REGISTRY_NAME, "http://www.color.org");
        intent.setItem(COSName.DEST_OUTPUT_PROFILE, profile);
        COSArray intents = new COSArray();
        intents.add(intent);
        return intents;
    }

    /** In UTC and to the second, as PDF dates are (ISO 32000-1 s.7.9.4). */
    static Calendar calendar(Instant instant) {
        GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        calendar.setTimeInMillis(instant.getEpochSecond() * 1000);
        return calendar;
    }
}
