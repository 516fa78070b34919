package eu.ecmr.accesspoint.rendering;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.junit.jupiter.api.Test;

import eu.ecmr.accesspoint.rendering.Fixtures.Sample;
import eu.ecmr.accesspoint.signature.JwsSerialization;
import eu.ecmr.accesspoint.submission.StoredNote;

/** The copy is self-verifying: it carries the exact bytes the carrier signed and the TSA's exact reply. */
class PdfCopyCarriesTheOriginalTest {

    @Test
    void embedsTheOriginalAndTimestampReplyByteForByte() throws IOException {
        Sample sample = Fixtures.sample();
        try (PDDocument pdf = Loader.loadPDF(sample.render())) {
            Map<String, PDComplexFileSpecification> files = pdf.getDocumentCatalog().getNames().getEmbeddedFiles().getNames();

            PDComplexFileSpecification original = files.get("ecmr-NL-2026-000123.jws");
            assertThat(original.getEmbeddedFile().toByteArray()).isEqualTo(sample.note().original());
            assertThat(original.getEmbeddedFile().getSubtype()).isEqualTo("application/jose");
            assertThat(original.getCOSObject().getNameAsString("AFRelationship")).isEqualTo("Source");

            PDComplexFileSpecification timestamp = files.get("ecmr-NL-2026-000123.tsr");
            assertThat(timestamp.getEmbeddedFile().toByteArray()).isEqualTo(sample.note().timestamp().encoded());
            assertThat(timestamp.getEmbeddedFile().getSubtype()).isEqualTo("application/timestamp-reply");
            assertThat(timestamp.getCOSObject().getNameAsString("AFRelationship")).isEqualTo("Supplement");
        }
    }

    @Test
    void listsBothFilesAsAssociatedFilesOfTheDocument() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(Fixtures.sample().render())) {
            COSArray associated = pdf.getDocumentCatalog().getCOSObject().getCOSArray(COSName.getPDFName("AF"));

            assertThat(associated.size()).isEqualTo(2);
            for (int i = 0; i < associated.size(); i++) {
                COSDictionary spec = (COSDictionary) associated.getObject(i);
                assertThat(spec.getString(COSName.F)).isEqualTo(spec.getString(COSName.UF));
                COSDictionary file = spec.getCOSDictionary(COSName.EF).getCOSStream(COSName.F);
                assertThat(file.getCOSDictionary(COSName.PARAMS).getDate(COSName.MOD_DATE)).isNotNull();
            }
        }
    }

    @Test
    void namesAFlattenedJsonOriginalAsJson() throws IOException {
        Sample sample = Fixtures.sample();
        StoredNote note = sample.note();
        StoredNote flattened = new StoredNote(note.id(), note.carrierId(), note.ecmrNumber(),
                note.receivedAt(), JwsSerialization.FLATTENED_JSON, note.original(),
                note.payloadDigest(), note.signatureAlgorithm(), note.signingTime(), note.signer(), note.timestamp(),
                note.vehicleRegistration(), note.takingOverDate());
        try (PDDocument pdf = Loader.loadPDF(Fixtures.renderer().render(flattened, sample.document()))) {
            PDComplexFileSpecification file = pdf.getDocumentCatalog().getNames().getEmbeddedFiles().getNames().get("ecmr-NL-2026-000123.json");

            assertThat(file.getEmbeddedFile().getSubtype()).isEqualTo("application/jose+json");
        }
    }
}
