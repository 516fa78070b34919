package eu.ecmr.accesspoint.rendering;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

import eu.ecmr.accesspoint.common.AccessPointException;
import eu.ecmr.accesspoint.common.ProblemKind;
import eu.ecmr.accesspoint.document.Address;
import eu.ecmr.accesspoint.document.Carrier;
import eu.ecmr.accesspoint.document.Charges;
import eu.ecmr.accesspoint.document.DangerousGoods;
import eu.ecmr.accesspoint.document.EcmrDocument;
import eu.ecmr.accesspoint.document.EcmrDocumentReader;
import eu.ecmr.accesspoint.document.GoodsItem;
import eu.ecmr.accesspoint.document.MonetaryAmount;
import eu.ecmr.accesspoint.document.Party;
import eu.ecmr.accesspoint.document.PlaceAndDate;
import eu.ecmr.accesspoint.document.Vehicle;
import eu.ecmr.accesspoint.fuzz.EcmrPayloads;
import eu.ecmr.accesspoint.fuzz.Fuzz;
import eu.ecmr.accesspoint.fuzz.Gen;
import eu.ecmr.accesspoint.fuzz.HostileText;

/**
 * Fuzzes the PDF renderer and its layout (docs/FUZZING.md): any text in any field (control
 * characters, lone surrogates, right-to-left, combining marks, PDF syntax, huge lines), any number
 * of goods lines, gives a PDF that PDFBox opens, or PDF_TOO_LARGE past the page limit; nothing else.
 */
class RendererFuzzTest {

    private static final EcmrDocumentReader READER = new EcmrDocumentReader();

    @Test
    void anyTextInAnyBoxRendersOrIsRefusedForItsSize() {
        Fuzz.check(40, RendererFuzzTest::hostile, RendererFuzzTest::shown, document -> renderOrRefuse(Fixtures.unchecked(document)));
    }

    @Test
    void everyNoteTheReaderAcceptsRenders() {
        int[] rendered = { 0 };
        Fuzz.check(60, EcmrPayloads::legibleExample, payload -> Gen.escaped(new String(payload, StandardCharsets.UTF_8)),
                payload -> {
                    EcmrDocument document;
                    try {
                        document = READER.read(payload);
                    } catch (AccessPointException refused) {
                        return; // the reader's business, fuzzed on its own
                    }
                    renderOrRefuse(Fixtures.unchecked(document));
                    rendered[0]++;
                });
        assertThat(rendered[0]).as("notes the reader accepted and the renderer had").isGreaterThan(10);
    }

    private static void renderOrRefuse(Fixtures.Sample sample) {
        boolean small = sample.document().goods().size() % 2 == 0;
        byte[] pdf;
        try {
            pdf = Fixtures.renderer(small ? 3 : 500).render(sample.note(), sample.document());
        } catch (AccessPointException refused) {
            assertThat(refused.kind()).isEqualTo(ProblemKind.PDF_TOO_LARGE);
            return;
        }
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isPositive();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String shown(EcmrDocument document) {
        return Gen.escaped(document.toString());
    }

    private static EcmrDocument hostile(Random random) {
        List<GoodsItem> goods = new ArrayList<>();
        int lines = Gen.chance(random, 10) ? Gen.between(random, 100, 300) : Gen.between(random, 0, 12);
        for (int i = 0; i < lines; i++) {
            goods.add(new GoodsItem(text(random, 500), random.nextInt(1_000_000), text(random, 100), text(random, 1000),
                    text(random, 20), decimal(random), Gen.chance(random, 50) ? null : decimal(random),
                    Gen.chance(random, 70) ? null : new DangerousGoods(text(random, 6), text(random, 3), text(random, 3))));
        }
        // The e-CMR number is never missing from a stored note; anything else may be.
        return new EcmrDocument(HostileText.upTo(random, 64), text(random, 200),
                Gen.chance(random, 80) ? OffsetDateTime.parse("2026-11-27T08:15:00+01:00") : null,
                party(random), new Carrier(text(random, 64), text(random, 200), address(random),
                        new Vehicle(text(random, 20), text(random, 2))),
                party(random), new PlaceAndDate(text(random, 200), Gen.chance(random, 80) ? LocalDate.of(2026, 11, 27) : null),
                text(random, 200), goods, List.of(party(random), party(random)), text(random, 4000),
                List.of(HostileText.upTo(random, 200), HostileText.upTo(random, 200)),
                new Charges(new MonetaryAmount(decimal(random), text(random, 3)), text(random, 9), text(random, 4000)),
                new MonetaryAmount(decimal(random), text(random, 3)), text(random, 4000), text(random, 4000));
    }

    private static Party party(Random random) {
        return new Party(text(random, 200), address(random));
    }

    private static Address address(Random random) {
        return new Address(text(random, 200), text(random, 20), text(random, 100), text(random, 2));
    }

    /** Null now and then: optional boxes, and required ones a stored note might lack. */
    private static String text(Random random, int maxLength) {
        return Gen.chance(random, 10) ? null : HostileText.upTo(random, Gen.chance(random, 20) ? maxLength : Math.min(maxLength, 40));
    }

    private static BigDecimal decimal(Random random) {
        return Gen.chance(random, 10) ? null : new BigDecimal(random.nextInt(1_000_000_000)).movePointLeft(random.nextInt(7));
    }
}
