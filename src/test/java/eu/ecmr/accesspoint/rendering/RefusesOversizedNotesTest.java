package eu.ecmr.accesspoint.rendering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

import eu.ecmr.accesspoint.common.AccessPointException;
import eu.ecmr.accesspoint.common.ProblemKind;
import eu.ecmr.accesspoint.rendering.Fixtures.Sample;

/**
 * A note of the reader's maximum of 10,000 goods lines (the PDF denial of service found in a penetration
 * test of another e-CMR platform) ends in bounded time: a correct PDF within the page limit, or a clear
 * PDF_TOO_LARGE refusal having cost only the layout. Times are printed, not asserted.
 */
class RefusesOversizedNotesTest {

    private static final String LONG = "Glazed earthenware in boxes of twelve, each piece wrapped in paper; ".repeat(15);

    @Test
    void tenThousandShortGoodsLinesRenderWithinTheLimit() throws IOException {
        Sample sample = Samples.withGoodsLines(10_000, "Cartons");

        long start = System.nanoTime();
        byte[] pdf = sample.render();
        long millis = (System.nanoTime() - start) / 1_000_000;

        try (PDDocument document = Loader.loadPDF(pdf)) {
            System.out.printf("10,000 short goods lines: %d pages, %d KB, %d ms%n",
                    document.getNumberOfPages(), pdf.length / 1024, millis);
            assertThat(document.getNumberOfPages()).isBetween(2, 500);
        }
    }

    @Test
    void tenThousandLongGoodsLinesAreRefusedAsTooLarge() {
        Sample sample = Samples.withGoodsLines(10_000, LONG.substring(0, 990));

        long start = System.nanoTime();
        assertThatThrownBy(sample::render)
                .isInstanceOfSatisfying(AccessPointException.class,
                        e -> assertThat(e.kind()).isEqualTo(ProblemKind.PDF_TOO_LARGE))
                .hasMessage("The PDF copy of this note would need more than 500 pages");
        System.out.printf("10,000 long goods lines refused in %d ms%n", (System.nanoTime() - start) / 1_000_000);
    }

    @Test
    void pageLimitIsConfigurable() {
        Sample sample = Samples.withGoodsLines(200, "Cartons");

        assertThatThrownBy(() -> Fixtures.renderer(2).render(sample.note(), sample.document()))
                .isInstanceOfSatisfying(AccessPointException.class,
                        e -> assertThat(e.kind()).isEqualTo(ProblemKind.PDF_TOO_LARGE))
                .hasMessage("The PDF copy of this note would need more than 2 pages");
    }
}
