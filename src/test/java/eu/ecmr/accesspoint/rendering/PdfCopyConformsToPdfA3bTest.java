package eu.ecmr.accesspoint.rendering;

import org.junit.jupiter.api.Test;

/** Every copy is PDF/A-3b as veraPDF judges it, after the seal was added (the incremental update included). */
class PdfCopyConformsToPdfA3bTest {

    @Test
    void sampleNoteIsPdfA3b() {
        VeraPdf.assertPdfA3b(Samples.write("sample.pdf", Fixtures.sample().render()));
    }

    @Test
    void noteOfTwoHundredGoodsLinesIsPdfA3b() {
        VeraPdf.assertPdfA3b(Samples.write("200-lines.pdf",
                Samples.withGoodsLines(200, "Glazed earthenware, boxed").render()));
    }

    @Test
    void greekAndCyrillicNoteIsPdfA3b() {
        VeraPdf.assertPdfA3b(Samples.write("greek-cyrillic.pdf", Samples.greekAndCyrillic().render()));
    }
}
