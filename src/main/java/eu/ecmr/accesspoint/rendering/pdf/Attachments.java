package eu.ecmr.accesspoint.rendering.pdf;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;

/**
 * Embeds associated files the PDF/A-3 way (ISO 19005-3 s.6.8): each file specification has /F, /UF,
 * /Desc and /AFRelationship, each embedded file its MIME type as /Subtype and /Params with /Size and
 * /ModDate, and every file is listed both in the catalog's /AF array and in the EmbeddedFiles name tree.
 */
public final class Attachments {

    private Attachments() {
    }

    public static void embed(PDDocument document, List<Attachment> attachments) {
        PDDocumentCatalog catalog = document.getDocumentCatalog();
        COSArray associated = new COSArray();
        Map<String, PDComplexFileSpecification> byName = new TreeMap<>();
        for (Attachment attachment : attachments) {
            PDComplexFileSpecification spec = specification(document, attachment);
            associated.add(spec);
            byName.put(attachment.name(), spec);
        }
        PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
        tree.setNames(byName);
        PDDocumentNameDictionary names = new PDDocumentNameDictionary(catalog);
        names.setEmbeddedFiles(tree);
        catalog.setNames(names);
        catalog.getCOSObject().setItem(COSName.getPDFName("AF"), associated);
    }

    private static PDComplexFileSpecification specification(PDDocument document, Attachment attachment) {
        COSStream stream = Streams.flate(document, attachment.content());
        stream.setItem(COSName.TYPE, COSName.EMBEDDED_FILE);
        PDEmbeddedFile file = new PDEmbeddedFile(stream);
        file.setSubtype(attachment.mediaType());
        file.setSize(attachment.content().length);
        file.setModDate(PdfA.calendar(attachment.modified()));
        PDComplexFileSpecification spec = new PDComplexFileSpecification();
        spec.setFile(attachment.name());
        spec.setFileUnicode(attachment.name());
        spec.setFileDescription(attachment.description());
        spec.setEmbeddedFile(file);
        spec.setEmbeddedFileUnicode(file);
        spec.getCOSObject().setName(COSName.getPDFName("AFRelationship"), attachment.relationship());
        return spec;
    }
}
