package eu.ecmr.accesspoint.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import eu.ecmr.accesspoint.common.AccessPointException;
import eu.ecmr.accesspoint.common.FieldError;
import eu.ecmr.accesspoint.common.ProblemKind;

class EcmrDocumentReaderTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final EcmrDocumentReader reader = new EcmrDocumentReader();

    static ObjectNode example() throws IOException {
        return (ObjectNode) JSON.readTree(Files.readAllBytes(Path.of("openapi/examples/ecmr-document.json")));
    }

    private byte[] exampleWith(Consumer<ObjectNode> change) throws IOException {
        ObjectNode doc = example();
        change.accept(doc);
        return JSON.writeValueAsBytes(doc);
    }

    private AccessPointException refusal(byte[] payload) {
        return assertThrows(AccessPointException.class, () -> reader.read(payload));
    }

    @Test
    void readsTheExampleNote() throws IOException {
        EcmrDocument doc = reader.read(exampleWith(d -> { }));

        assertThat(doc.ecmrNumber()).isEqualTo("NL-2026-000123");
        assertThat(doc.carrier().id()).isEqualTo("VATNL-NL000000001B01");
        assertThat(doc.carrier().vehicle().registration()).isEqualTo("BX-123-Z");
        assertThat(doc.consignee().name()).isEqualTo("Brasserie Émile & Fils");
        assertThat(doc.goods()).hasSize(2);
        assertThat(doc.goods().get(0).grossWeightKg()).isEqualByComparingTo(new BigDecimal("4820.5"));
        assertThat(doc.goods().get(1).dangerousGoods().unNumber()).isEqualTo("UN1263");
        assertThat(doc.charges().total().currency()).isEqualTo("EUR");
    }

    @Test
    void refusesEmptyGoods() throws IOException {
        AccessPointException e = refusal(exampleWith(d -> d.putArray("goods")));

        assertThat(e.kind()).isEqualTo(ProblemKind.CONTENT_INVALID);
        assertThat(e.errors()).extracting(FieldError::pointer).containsExactly("/goods");
    }

    @Test
    void refusesZeroAndNegativeWeightsNamingEachLine() throws IOException {
        AccessPointException e = refusal(exampleWith(d -> {
            ((ObjectNode) d.withArray("goods").get(0)).put("grossWeightKg", 0);
            ((ObjectNode) d.withArray("goods").get(1)).put("grossWeightKg", -3.5);
        }));

        assertThat(e.errors()).extracting(FieldError::pointer)
                .containsExactly("/goods/0/grossWeightKg", "/goods/1/grossWeightKg");
    }

    @Test
    void refusesAnUnknownCountryCode() throws IOException {
        AccessPointException e = refusal(exampleWith(d -> d.with("sender").with("address").put("countryCode", "XX")));

        assertThat(e.errors()).extracting(FieldError::pointer).containsExactly("/sender/address/countryCode");
    }

    @Test
    void refusesAMalformedUnNumber() throws IOException {
        AccessPointException e = refusal(exampleWith(d -> ((ObjectNode) d.withArray("goods").get(1))
                .with("dangerousGoods").put("unNumber", "1263")));

        assertThat(e.errors()).extracting(FieldError::pointer).containsExactly("/goods/1/dangerousGoods/unNumber");
    }

    @Test
    void reportsEveryBadFieldAtOnce() throws IOException {
        AccessPointException e = refusal(exampleWith(d -> {
            d.remove("ecmrNumber");
            d.put("issuedAt", "yesterday");
            d.with("takingOver").put("date", "27-11-2026");
            d.put("grossWeight", 12);
        }));

        assertThat(e.errors()).extracting(FieldError::pointer)
                .containsExactlyInAnyOrder("/ecmrNumber", "/issuedAt", "/takingOver/date", "/grossWeight");
    }

    @Test
    void refusesDuplicateMemberNames() {
        byte[] payload = "{\"ecmrNumber\":\"A-1\",\"ecmrNumber\":\"A-2\"}".getBytes(StandardCharsets.UTF_8);

        AccessPointException e = refusal(payload);

        assertThat(e.kind()).isEqualTo(ProblemKind.CONTENT_INVALID);
        assertThat(e.errors()).extracting(FieldError::pointer).containsExactly("/ecmrNumber");
        assertThat(e.errors().get(0).detail()).contains("duplicate");
    }

    @Test
    void refusesDeeplyNestedDocuments() {
        String nested = "[".repeat(5_000) + "]".repeat(5_000);
        byte[] payload = ("{\"specialAgreements\":" + nested + "}").getBytes(StandardCharsets.UTF_8);

        AccessPointException e = refusal(payload);

        assertThat(e.kind()).isEqualTo(ProblemKind.CONTENT_INVALID);
        assertThat(e.errors().get(0).detail()).contains("nesting depth");
    }

    @Test
    void refusesAPayloadThatIsNotJson() {
        assertThatThrownBy(() -> reader.read("ecmr: yes".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(AccessPointException.class,
                        e -> assertThat(e.kind()).isEqualTo(ProblemKind.MALFORMED_PAYLOAD));
    }

    @Test
    void refusesAPayloadThatIsNotUtf8() {
        byte[] latin1 = "{\"placeOfIssue\":\"Li\u00e8ge\"}".getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> reader.read(latin1))
                .isInstanceOfSatisfying(AccessPointException.class,
                        e -> assertThat(e.kind()).isEqualTo(ProblemKind.MALFORMED_PAYLOAD));
    }

    @Test
    void refusesJsonThatIsNotAnObject() {
        AccessPointException e = refusal("[1,2]".getBytes(StandardCharsets.UTF_8));

        assertThat(e.errors()).extracting(FieldError::pointer).containsExactly("");
    }

    @Test
    void refusesControlCharactersInText() throws IOException {
        AccessPointException e = refusal(exampleWith(d -> d.put("placeOfIssue", "Rotterdam\u0000")));

        assertThat(e.errors()).extracting(FieldError::pointer).containsExactly("/placeOfIssue");
    }

    @Test
    void acceptsGreekAndCyrillicText() throws IOException {
        EcmrDocument doc = reader.read(exampleWith(d -> {
            d.with("consignee").put("name", "Εταιρεία Μεταφορών Α.Ε.");
            d.with("sender").put("name", "ООО «Транспорт»");
        }));

        assertThat(doc.consignee().name()).isEqualTo("Εταιρεία Μεταφορών Α.Ε.");
        assertThat(doc.sender().name()).isEqualTo("ООО «Транспорт»");
    }
}
