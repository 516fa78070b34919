package eu.ecmr.accesspoint.rendering;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

import eu.ecmr.accesspoint.document.Address;
import eu.ecmr.accesspoint.document.Carrier;
import eu.ecmr.accesspoint.document.Charges;
import eu.ecmr.accesspoint.document.DangerousGoods;
import eu.ecmr.accesspoint.document.EcmrDocument;
import eu.ecmr.accesspoint.document.GoodsItem;
import eu.ecmr.accesspoint.document.MonetaryAmount;
import eu.ecmr.accesspoint.document.Party;
import eu.ecmr.accesspoint.document.PlaceAndDate;
import eu.ecmr.accesspoint.document.Vehicle;
import eu.ecmr.accesspoint.rendering.Fixtures.Sample;

/**
 * Whatever a submitter writes is shown or visibly replaced, never breaks the PDF and never becomes PDF
 * syntax. The document is built directly, past the reader's own limits, to stand for anything hostile.
 */
class SurvivesHostileTextTest {

    private static final String SYNTAX = "Acme ) Tj ET /Type /Catalog (x) \\ << /JS (app.alert(1)) >> endobj";
    private static final String RTL = "\u202Eevil\u202C \u05E9\u05DC\u05D5\u05DD \u0645\u0631\u062D\u0628\u0627";
    private static final String EMOJI = "Boxes \uD83D\uDCE6\uD83D\uDE9A end";
    private static final String WORD = "W".repeat(4000);

    @Test
    void hostileTextRendersAsTextNotSyntax() throws IOException {
        Sample sample = Fixtures.unchecked(hostile());
        byte[] pdf = sample.render();
        Path file = Samples.write("hostile.pdf", pdf);

        VeraPdf.assertPdfA3b(pdf);
        String text = PdfCopyShowsEveryBoxTest.textOf(file);
        assertThat(text).contains(PdfCopyShowsEveryBoxTest.squeezed(SYNTAX), "Line1", "Line2", "Boxes\uFFFD\uFFFDend");
        assertThat(text).contains("\uFFFDevil\uFFFD");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            COSDictionary catalog = document.getDocumentCatalog().getCOSObject();
            assertThat(catalog.getItem(COSName.getPDFName("JS"))).isNull();
            assertThat(catalog.getItem(COSName.OPEN_ACTION)).isNull();
            assertThat(document.getDocumentCatalog().getNames().getJavaScript()).isNull();
        }
    }

    @Test
    void fourThousandCharacterWordIsWrappedByCharactersWithNothingLost() {
        Sample sample = Fixtures.unchecked(hostile());
        Path file = Samples.write("hostile.pdf", sample.render());

        String text = PdfCopyShowsEveryBoxTest.textOf(file);
        // The word is in six fields; wrapped over lines and pages, every one of its characters is shown.
        assertThat(text.chars().filter(c -> c == 'W').count()).isEqualTo(6 * 4000);
        assertThat(text).contains("W".repeat(30));
    }

    @Test
    void missingOptionalPartsRenderAsEmptyBoxes() {
        EcmrDocument bare = new EcmrDocument("BARE-1", null, null, null, null, null, null, null,
                List.of(new GoodsItem(null, 1, null, null, null, null, null, null)), List.of(), null, List.of(),
                null, null, null, null);

        VeraPdf.assertPdfA3b(Fixtures.unchecked(bare).render());
    }

    private static EcmrDocument hostile() {
        Address address = new Address(SYNTAX, "(((", "\\\\\\", "XX");
        return new EcmrDocument("HOSTILE-1", "Line1\nLine2\r\nLine3\ttab", OffsetDateTime.parse("2026-11-27T08:15:00+01:00"),
                new Party(SYNTAX, address), new Carrier("VATNL-NL000000001B01", RTL, address, new Vehicle("BX-123-Z", "NL")),
                new Party(EMOJI, address), new PlaceAndDate(WORD, LocalDate.parse("2026-11-27")), "endstream endobj",
                List.of(new GoodsItem(WORD, 3, RTL, WORD + " " + SYNTAX, "0000", new BigDecimal("1E+3"), null,
                        new DangerousGoods("UN1263", "3", "II"))),
                List.of(new Party(WORD, address)), WORD, List.of(SYNTAX, EMOJI),
                new Charges(new MonetaryAmount(new BigDecimal("10.5"), "EUR"), "someone", WORD),
                null, "\u0000\u0007 control", "\uD800 lone surrogate");
    }
}
