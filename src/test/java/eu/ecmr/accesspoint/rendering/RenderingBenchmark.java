package eu.ecmr.accesspoint.rendering;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Instant;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

import eu.ecmr.accesspoint.rendering.Fixtures.Sample;

/**
 * A plain warm-loop measurement, one thread, in CPU time of that thread (so that other load on the
 * machine does not count; garbage collection on other threads is not included) (speed is measured here, never asserted in tests). Run from
 * the project directory after {@code ./mvnw test-compile}:
 * {@code java -cp target/classes:target/test-classes:<test class path> eu.ecmr.accesspoint.rendering.RenderingBenchmark}
 */
public final class RenderingBenchmark {

    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private RenderingBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        PdfBoxNoteRenderer renderer = Fixtures.renderer();
        Sample one = Fixtures.sample();
        Sample many = Samples.withGoodsLines(200, "Glazed earthenware, boxed");
        int manyPages = pages(many.render());
        byte[] sealed = one.render();

        for (int round = 0; round < Integer.getInteger("rounds", 3); round++) {
            double single = millisPerRender(renderer, one, 1500);
            double multi = millisPerRender(renderer, many, 60);
            double seal = millisPerSeal(sealed, 1500);
            System.out.printf("round %d: sample (1 page) %.2f ms/note, %.0f pages/s | 200 lines (%d pages) %.2f ms/note,"
                    + " %.2f ms/page, %.0f pages/s | seal alone %.2f ms%n", round, single, 1000 / single, manyPages,
                    multi, multi / manyPages, 1000 * manyPages / multi, seal);
        }
        System.out.printf("sizes: sample %d bytes, 200 lines %d bytes%n", sealed.length, many.render().length);
    }

    private static double millisPerRender(PdfBoxNoteRenderer renderer, Sample sample, int times) {
        long start = CPU.getCurrentThreadCpuTime();
        for (int i = 0; i < times; i++) {
            renderer.render(sample.note(), sample.document());
        }
        return (CPU.getCurrentThreadCpuTime() - start) / 1e6 / times;
    }

    private static double millisPerSeal(byte[] pdf, int times) {
        long start = CPU.getCurrentThreadCpuTime();
        for (int i = 0; i < times; i++) {
            Fixtures.SEAL.seal(pdf, Instant.EPOCH, "benchmark", 1);
        }
        return (CPU.getCurrentThreadCpuTime() - start) / 1e6 / times;
    }

    private static int pages(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        }
    }
}
