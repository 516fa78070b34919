package eu.ecmr.accesspoint.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import eu.ecmr.accesspoint.common.AccessPointException;
import eu.ecmr.accesspoint.common.ProblemKind;
import eu.ecmr.accesspoint.fuzz.EcmrPayloads;
import eu.ecmr.accesspoint.fuzz.Fuzz;
import eu.ecmr.accesspoint.fuzz.Gen;

/**
 * Fuzzes the e-CMR reader (docs/FUZZING.md): whatever the payload, it is read or refused as
 * MALFORMED_PAYLOAD or CONTENT_INVALID with JSON pointers; no other exception escapes.
 */
class EcmrDocumentReaderFuzzTest {

    private final EcmrDocumentReader reader = new EcmrDocumentReader();

    @Test
    void anyChangedExampleIsReadOrRefused() {
        Fuzz.check(1500, EcmrPayloads::changedExample, EcmrDocumentReaderFuzzTest::shown, this::readOrRefuse);
    }

    @Test
    void anyBytesAreReadOrRefused() {
        Fuzz.check(1500, EcmrPayloads::rawBytes, EcmrDocumentReaderFuzzTest::shown, this::readOrRefuse);
    }

    static String shown(byte[] payload) {
        return Gen.escaped(new String(payload, StandardCharsets.UTF_8));
    }

    private void readOrRefuse(byte[] payload) {
        try {
            assertThat(reader.read(payload).goods()).isNotEmpty();
        } catch (AccessPointException refusal) {
            assertThat(refusal.kind()).isIn(ProblemKind.MALFORMED_PAYLOAD, ProblemKind.CONTENT_INVALID);
            if (refusal.kind() == ProblemKind.CONTENT_INVALID) {
                assertThat(refusal.errors()).isNotEmpty()
                        .allSatisfy(error -> assertThat(error.pointer()).matches("(/[^/]*)*"));
            }
        }
    }
}
