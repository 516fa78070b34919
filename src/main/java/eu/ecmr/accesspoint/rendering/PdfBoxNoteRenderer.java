package eu.ecmr.accesspoint.rendering;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;

import eu.ecmr.accesspoint.common.PlatformConfig;
import eu.ecmr.accesspoint.document.EcmrDocument;
import eu.ecmr.accesspoint.rendering.layout.Fonts;
import eu.ecmr.accesspoint.rendering.layout.FormLayout;
import eu.ecmr.accesspoint.rendering.layout.SealNotice;
import eu.ecmr.accesspoint.rendering.pdf.Attachment;
import eu.ecmr.accesspoint.rendering.pdf.Attachments;
import eu.ecmr.accesspoint.rendering.pdf.DocumentInfo;
import eu.ecmr.accesspoint.rendering.pdf.FontSubset;
import eu.ecmr.accesspoint.rendering.pdf.PdfA;
import eu.ecmr.accesspoint.rendering.pdf.Streams;
import eu.ecmr.accesspoint.rendering.seal.PadesSeal;
import eu.ecmr.accesspoint.rendering.seal.SealConfig;
import eu.ecmr.accesspoint.rendering.seal.SealKey;
import eu.ecmr.accesspoint.submission.StoredNote;

/**
 * The PDF copy with Apache PDFBox: the CMR form in PDF/A-3b, the signed original and the RFC 3161
 * reply as associated files, sealed PAdES baseline-B. Fonts, colour profile and seal key are loaded
 * once; rendering depends only on the note, so the same note always gives the same bytes.
 */
@ApplicationScoped
public class PdfBoxNoteRenderer implements NoteRenderer {

    private static final String PRODUCER = "e-CMR Access Point with Apache PDFBox";

    private final String accessPointName;
    private final URI publicBaseUrl;
    private final int maxPages;
    private final FormLayout layout;
    private final Fonts fonts;
    private final PdfA pdfA;
    private final PadesSeal seal;

    @Inject
    PdfBoxNoteRenderer(RenderingConfig rendering, PlatformConfig platform, SealConfig seal) {
        this(rendering.accessPointName(), platform.publicBaseUrl(), rendering.maxPages(), Fonts.dejaVu(),
                new PadesSeal(SealKey.fromConfig(seal)));
    }

    public PdfBoxNoteRenderer(String accessPointName, URI publicBaseUrl, int maxPages, Fonts fonts, PadesSeal seal) {
        this.accessPointName = accessPointName;
        this.publicBaseUrl = publicBaseUrl;
        this.maxPages = maxPages;
        this.fonts = fonts;
        this.layout = new FormLayout(fonts);
        this.pdfA = PdfA.load();
        this.seal = seal;
    }

    /** Builds the renderer at start-up, so that a missing font or seal key stops the start. */
    void loadAtStartUp(@Observes Startup started) {
        // Touching the bean is enough: its constructor loaded everything.
    }

    @Override
    public byte[] render(StoredNote note, EcmrDocument document) {
        Names names = Names.of(note, document);
        SealNotice notice = new SealNotice(accessPointName,
                VerificationLink.of(publicBaseUrl, note.id(), note.payloadDigest()), names.original(), names.timestamp());
        FontSubset regular = new FontSubset(fonts.regular());
        FontSubset bold = new FontSubset(fonts.bold());
        List<byte[]> pages = layout.pages(note, document, notice, maxPages, regular, bold);
        try (PDDocument pdf = new PDDocument()) {
            PDResources resources = new PDResources();
            COSDictionary fontResources = new COSDictionary();
            fontResources.setItem(FormLayout.REGULAR, regular.dictionary());
            fontResources.setItem(FormLayout.BOLD, bold.dictionary());
            resources.getCOSObject().setItem(COSName.FONT, fontResources);
            for (byte[] content : pages) {
                PDPage page = new PDPage(PDRectangle.A4);
                page.setResources(resources);
                page.setContents(new PDStream(Streams.flate(pdf, content)));
                pdf.addPage(page);
            }
            regular.embed(pdf);
            bold.embed(pdf);
            String title = "e-CMR " + document.ecmrNumber() + " (copy)";
            pdfA.apply(pdf, new DocumentInfo(title, accessPointName,
                    "Copy of the electronic consignment note " + document.ecmrNumber() + ", note " + note.id(),
                    accessPointName, PRODUCER, note.receivedAt()));
            Attachments.embed(pdf, attachments(note, names));
            pdf.getDocument().getTrailer().setItem(COSName.ID, documentId(note));
            seal.prepare(pdf, note.receivedAt(), "Copy of e-CMR " + document.ecmrNumber() + " issued by " + accessPointName);
            ByteArrayOutputStream unsealed = new ByteArrayOutputStream(64 * 1024);
            pdf.save(unsealed, CompressParameters.NO_COMPRESSION);
            return seal.sign(unsealed.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the PDF copy", e);
        }
    }

    /** The signed original as the source of the copy, the timestamp reply as its supplement (ISO 19005-3 s.6.8). */
    private static List<Attachment> attachments(StoredNote note, Names names) {
        List<Attachment> attachments = new ArrayList<>(2);
        attachments.add(new Attachment(names.original(), note.serialization().mediaType(),
                "The consignment note as signed by the carrier and received (JAdES)", "Source",
                note.original(), note.receivedAt()));
        if (note.timestamp() != null) {
            attachments.add(new Attachment(names.timestamp(), "application/timestamp-reply",
                    "RFC 3161 timestamp reply over the SHA-256 of the original", "Supplement",
                    note.timestamp().encoded(), note.timestamp().genTime()));
        }
        return attachments;
    }

    /** The trailer /ID (ISO 32000-1 s.14.4) from the note id and digest, so the same note gives the same file. */
    private static COSArray documentId(StoredNote note) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest((note.id() + ":" + note.payloadDigest()).getBytes(StandardCharsets.US_ASCII));
            COSString id = new COSString(Arrays.copyOf(hash, 16));
            COSArray ids = new COSArray();
            ids.add(id);
            ids.add(id);
            return ids;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing", e);
        }
    }
}
