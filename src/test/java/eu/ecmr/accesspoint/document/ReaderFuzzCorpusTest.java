package eu.ecmr.accesspoint.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import eu.ecmr.accesspoint.common.AccessPointException;
import eu.ecmr.accesspoint.common.FieldError;
import eu.ecmr.accesspoint.common.ProblemKind;
import eu.ecmr.accesspoint.support.SampleNotes;

/** The corpus: inputs the fuzzer found that once escaped the reader as other exceptions (docs/FUZZING.md). */
class ReaderFuzzCorpusTest {

    private final EcmrDocumentReader reader = new EcmrDocumentReader();

    /** Was a NullPointerException: Jackson reads no tree from no JSON value at all. */
    @Test
    void refusesAnEmptyOrBlankPayloadAsMalformed() {
        for (String payload : new String[] { "", " ", "\t\r\n " }) {
            assertThat(refusal(payload.getBytes(StandardCharsets.UTF_8)).kind()).isEqualTo(ProblemKind.MALFORMED_PAYLOAD);
        }
    }

    /** Was a NumberFormatException: valid JSON, but beyond BigDecimal's scale. */
    @Test
    void refusesAnExponentBeyondAnyDecimalAsInvalidContent() {
        AccessPointException refusal = refusal(weight("1e-2147483648"));

        assertThat(refusal.kind()).isEqualTo(ProblemKind.CONTENT_INVALID);
        assertThat(refusal.errors()).extracting(FieldError::pointer).containsExactly("/goods/0/grossWeightKg");
    }

    /** Was accepted, then took the PDF renderer to a billion-digit string. */
    @Test
    void refusesMoreThanSixDecimalPlaces() {
        for (String weight : new String[] { "1e-999999999", "1.0000001", "1e-7" }) {
            AccessPointException refusal = refusal(weight(weight));

            assertThat(refusal.errors()).containsExactly(
                    new FieldError("/goods/0/grossWeightKg", "must not have more than 6 decimal places"));
        }
    }

    @Test
    void acceptsSixDecimalPlacesAndTrailingZeros() {
        for (String weight : new String[] { "0.000001", "1.50000000000000000000", "2.5E+2", "1e-6" }) {
            assertThat(reader.read(weight(weight)).goods().get(0).grossWeightKg()).isPositive();
        }
    }

    /** The example with the first goods line's weight written as this JSON number text. */
    private static byte[] weight(String number) {
        String document = new String(SampleNotes.document(d -> ((com.fasterxml.jackson.databind.node.ObjectNode) d.withArray("goods").get(0))
                .put("grossWeightKg", "@weight@")), StandardCharsets.UTF_8);
        return document.replace("\"@weight@\"", number).getBytes(StandardCharsets.UTF_8);
    }

    private AccessPointException refusal(byte[] payload) {
        AccessPointException refusal = catchThrowableOfType(AccessPointException.class, () -> reader.read(payload));
        assertThat(refusal).as("refused").isNotNull();
        return refusal;
    }
}
