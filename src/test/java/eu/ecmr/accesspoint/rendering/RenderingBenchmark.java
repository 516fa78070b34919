package eu.ecmr.accesspoint.rendering;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.Random;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDStream;

import eu.ecmr.accesspoint.rendering.Fixtures.Sample;

/**
 * The PDF copy's rendering cost: a warm loop on one thread, in that thread's CPU time (so other load
 * on the machine counts less; garbage collection on other threads is not included). Speed is
 * measured here, never asserted in tests. Run by {@code bench/run-rendering.sh}, which writes its
 * numbers into docs/BENCHMARKS.md.
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
        byte[] prepared = preparedForSeal(sealed.length);

        int rounds = Integer.getInteger("rounds", 5);
        double[] singles = new double[rounds];
        double[] multis = new double[rounds];
        double[] seals = new double[rounds];
        for (int round = 0; round < rounds; round++) {
            double single = singles[round] = millisPerRender(renderer, one, 1500);
            double multi = multis[round] = millisPerRender(renderer, many, 60);
            double seal = seals[round] = millisPerSeal(prepared, 1500);
            System.out.printf("round %d: sample (1 page) %.2f ms/note, %.0f pages/s | 200 lines (%d pages) %.2f ms/note,"
                    + " %.2f ms/page, %.0f pages/s | seal alone %.2f ms%n", round, single, 1000 / single, manyPages,
                    multi, multi / manyPages, 1000 * manyPages / multi, seal);
        }
        System.out.printf("sizes: sample %d bytes, 200 lines %d bytes%n", sealed.length, many.render().length);
        // The last line, for bench/run-rendering.sh: medians of the rounds after the first (warm-up).
        System.out.printf(Locale.ROOT, "{\"rounds\":%d,\"onePageMsPerNote\":%.2f,\"manyLinesPages\":%d,"
                + "\"manyLinesMsPerNote\":%.2f,\"sealMs\":%.2f,\"onePageBytes\":%d,\"manyLinesBytes\":%d}%n",
                rounds - 1, median(singles), manyPages, median(multis), median(seals), sealed.length,
                many.render().length);
    }

    private static double millisPerRender(PdfBoxNoteRenderer renderer, Sample sample, int times) {
        long start = CPU.getCurrentThreadCpuTime();
        for (int i = 0; i < times; i++) {
            renderer.render(sample.note(), sample.document());
        }
        return (CPU.getCurrentThreadCpuTime() - start) / 1e6 / times;
    }

    private static double millisPerSeal(byte[] prepared, int times) {
        long start = CPU.getCurrentThreadCpuTime();
        for (int i = 0; i < times; i++) {
            Fixtures.SEAL.sign(prepared.clone());
        }
        return (CPU.getCurrentThreadCpuTime() - start) / 1e6 / times;
    }

    /** A saved document with the seal's placeholders, about as long as a copy, to time the signing alone. */
    private static byte[] preparedForSeal(int length) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            byte[] filler = new byte[length];
            new Random(1).nextBytes(filler);
            page.setContents(new PDStream(document, new ByteArrayInputStream(filler)));
            Fixtures.SEAL.prepare(document, Instant.EPOCH, "benchmark");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out, CompressParameters.NO_COMPRESSION);
            return out.toByteArray();
        }
    }

    private static double median(double[] rounds) {
        double[] warm = Arrays.copyOfRange(rounds, Math.min(1, rounds.length - 1), rounds.length);
        Arrays.sort(warm);
        return warm[warm.length / 2];
    }

    private static int pages(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        }
    }
}
