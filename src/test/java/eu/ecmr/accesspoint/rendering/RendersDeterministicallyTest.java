package eu.ecmr.accesspoint.rendering;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import eu.ecmr.accesspoint.rendering.Fixtures.Sample;

/**
 * The same note gives the same bytes, seal included: dates come from the note, the trailer /ID from its
 * id and digest, and the seal's ECDSA nonce from RFC 6979. A copy can be re-issued and compared.
 */
class RendersDeterministicallyTest {

    @Test
    void sameNoteRendersToIdenticalBytes() {
        Sample sample = Fixtures.sample();

        byte[] first = Fixtures.renderer().render(sample.note(), sample.document());
        byte[] second = Fixtures.renderer().render(sample.note(), sample.document());

        assertThat(second).isEqualTo(first);
    }

    @Test
    void concurrentRendersGiveTheSameBytes() throws Exception {
        Sample sample = Fixtures.sample();
        PdfBoxNoteRenderer renderer = Fixtures.renderer();
        byte[] expected = renderer.render(sample.note(), sample.document());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<byte[]>> results = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                results.add(pool.submit(() -> renderer.render(sample.note(), sample.document())));
            }
            for (Future<byte[]> result : results) {
                assertThat(result.get(60, TimeUnit.SECONDS)).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void multiPageNoteRendersToIdenticalBytes() {
        Sample sample = Samples.withGoodsLines(200, "Glazed earthenware, boxed");

        assertThat(sample.render()).isEqualTo(sample.render());
    }
}
