package eu.ecmr.accesspoint.signature;

import static eu.ecmr.accesspoint.common.ProblemKind.INVALID_HEADER;
import static eu.ecmr.accesspoint.common.ProblemKind.MALFORMED_JWS;
import static eu.ecmr.accesspoint.signature.VerifierFixture.PAYLOAD;
import static eu.ecmr.accesspoint.signature.VerifierFixture.assertRefusedCompact;
import static eu.ecmr.accesspoint.signature.VerifierFixture.assertRefusedFlattened;
import static eu.ecmr.accesspoint.signature.VerifierFixture.carrierA;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class RefusesMalformedJwsTest {

    private final String valid = carrierA().sign(PAYLOAD);

    @Test
    void refusesFourParts() {
        assertRefusedCompact(MALFORMED_JWS, "4 parts", valid + ".AAAA");
    }

    @Test
    void refusesTwoParts() {
        assertRefusedCompact(MALFORMED_JWS, "2 parts", valid.substring(0, valid.lastIndexOf('.')));
    }

    @Test
    void refusesNonBase64UrlCharacters() {
        String[] parts = valid.split("\\.");
        assertRefusedCompact(MALFORMED_JWS, "the payload is not base64url", parts[0] + ".+/" + parts[1].substring(2) + "." + parts[2]);
    }

    @Test
    void refusesPadding() {
        String[] parts = valid.split("\\.");
        assertRefusedCompact(MALFORMED_JWS, "the signature is not base64url", parts[0] + "." + parts[1] + "." + parts[2] + "==");
    }

    @Test
    void refusesTrailingWhitespace() {
        assertRefusedCompact(MALFORMED_JWS, "the signature is not base64url", valid + "\n");
    }

    @Test
    void refusesNonCanonicalTrailingBits() {
        // "QR" decodes like "QQ" (one byte 0x41) but leaves bits set that a canonical encoder zeroes.
        String[] parts = valid.split("\\.");
        assertRefusedCompact(MALFORMED_JWS, "the payload is not base64url", parts[0] + ".QR." + parts[2]);
    }

    @Test
    void refusesNonAsciiBytes() {
        assertRefusedCompact(MALFORMED_JWS, "the signature is not base64url", valid + "é");
    }

    @Test
    void refusesAnEmptyBody() {
        assertRefusedCompact(MALFORMED_JWS, "empty", "");
    }

    @Test
    void refusesADetachedPayload() {
        String[] parts = valid.split("\\.");
        assertRefusedCompact(MALFORMED_JWS, "detached", parts[0] + ".." + parts[2]);
    }

    @Test
    void refusesAProtectedHeaderThatIsNotJson() {
        String forged = SampleSigner.base64Url("alg=ES256".getBytes(StandardCharsets.UTF_8)) + valid.substring(valid.indexOf('.'));
        assertRefusedCompact(MALFORMED_JWS, "the protected header is not valid JSON", forged);
    }

    @Test
    void refusesAProtectedHeaderThatIsNotAnObject() {
        assertRefusedCompact(MALFORMED_JWS, "not a JSON object", carrierA().rawProtectedHeader("[\"ES256\"]").sign(PAYLOAD));
    }

    @Test
    void refusesAProtectedHeaderThatIsNotUtf8() {
        byte[] latin1 = "{\"alg\":\"ES256\",\"kid\":\"café\"}".getBytes(StandardCharsets.ISO_8859_1);
        String forged = SampleSigner.base64Url(latin1) + valid.substring(valid.indexOf('.'));
        assertRefusedCompact(MALFORMED_JWS, "not UTF-8", forged);
    }

    @Test
    void refusesDuplicateHeaderNames() {
        String json = SampleSigner.json(carrierA().protectedHeader());
        String twice = json.replaceFirst("\\{", "{\"alg\":\"ES256\",");
        assertRefusedCompact(MALFORMED_JWS, "repeats a member name: 'alg'", carrierA().rawProtectedHeader(twice).sign(PAYLOAD));
    }

    @Test
    void refusesTrailingDataAfterTheHeaderObject() {
        String json = SampleSigner.json(carrierA().protectedHeader()) + "{}";
        assertRefusedCompact(MALFORMED_JWS, "not valid JSON", carrierA().rawProtectedHeader(json).sign(PAYLOAD));
    }

    @Test
    void refusesDeeplyNestedHeaders() {
        String deep = "[".repeat(40) + "]".repeat(40);
        String json = SampleSigner.json(carrierA().protectedHeader()).replaceFirst("\\{", "{\"x-deep\":" + deep + ",");
        assertRefusedCompact(MALFORMED_JWS, "nested deeper than 16", carrierA().rawProtectedHeader(json).sign(PAYLOAD));
    }

    @Test
    void refusesTheGeneralJsonSerialization() {
        String[] parts = valid.split("\\.");
        String general = SampleSigner.json(Map.of("payload", parts[1],
                "signatures", List.of(Map.of("protected", parts[0], "signature", parts[2]))));
        assertRefusedFlattened(MALFORMED_JWS, "general JSON serialization", general);
    }

    @Test
    void refusesUnknownFlattenedMembers() {
        String flattened = carrierA().flattened(PAYLOAD);
        assertRefusedFlattened(MALFORMED_JWS, "unknown member 'extra'", flattened.replaceFirst("\\{", "{\"extra\":1,"));
    }

    @Test
    void refusesAFlattenedJwsWithoutSignature() {
        String flattened = carrierA().flattened(PAYLOAD).replaceFirst(",\"signature\":\"[^\"]*\"", "");
        assertRefusedFlattened(MALFORMED_JWS, "'signature'", flattened);
    }

    @Test
    void refusesAFlattenedDetachedPayload() {
        String flattened = carrierA().flattened(PAYLOAD).replaceFirst("\"payload\":\"[^\"]*\"", "\"payload\":\"\"");
        assertRefusedFlattened(MALFORMED_JWS, "detached", flattened);
    }

    @Test
    void refusesAnUnprotectedHeaderThatIsNotAnObject() {
        String flattened = carrierA().flattened(PAYLOAD).replaceFirst("\\{", "{\"header\":\"kid\",");
        assertRefusedFlattened(MALFORMED_JWS, "'header' must be a JSON object", flattened);
    }

    @Test
    void refusesDuplicateFlattenedMembers() {
        String flattened = carrierA().flattened(PAYLOAD);
        String payloadMember = flattened.substring(flattened.indexOf("\"payload\""), flattened.indexOf(",\"signature\""));
        assertRefusedFlattened(MALFORMED_JWS, "repeats a member name", flattened.replaceFirst("\\{", "{" + payloadMember + ","));
    }

    @Test
    void refusesAFlattenedBodyThatIsNotJson() {
        assertRefusedFlattened(MALFORMED_JWS, "not valid JSON", carrierA().sign(PAYLOAD));
    }

    @Test
    void refusesAHeaderInBothProtectedAndUnprotectedHeader() {
        String flattened = carrierA().withHeader("kid", "a-1").withUnprotectedHeader("kid", "b-2").flattened(PAYLOAD);
        assertRefusedFlattened(INVALID_HEADER, "'kid' is in both the protected and the unprotected header", flattened);
    }
}
