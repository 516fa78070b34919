package eu.ecmr.accesspoint.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import eu.ecmr.accesspoint.common.AccessPointException;

/**
 * The signed examples in openapi/examples/ must verify against the demo PKI in certs-sample/, as
 * the Access Point would verify them today; so regenerating the PKI without re-signing them fails
 * the build. Re-signing is a test too, run only when asked:
 * {@code ./mvnw test -Dtest=SignedExamplesTest -Decmr.examples.write=true}. It runs first, so the
 * checks that follow verify what it wrote.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SignedExamplesTest {

    private static final Path EXAMPLES = Path.of("openapi/examples");
    private static final Path DOCUMENT = EXAMPLES.resolve("ecmr-document.json");
    private static final Path COMPACT = EXAMPLES.resolve("consignment-note.jws");
    private static final Path FLATTENED = EXAMPLES.resolve("consignment-note.flattened.json");
    private static final Path NOTE = EXAMPLES.resolve("note.json");
    private static final String RESIGN = "./mvnw test -Dtest=SignedExamplesTest -Decmr.examples.write=true";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    @Order(0)
    @EnabledIfSystemProperty(named = "ecmr.examples.write", matches = "true")
    void resignsTheExamplesWithTheCurrentDemoPki() throws Exception {
        SampleSigner carrierA = SampleSigner.carrierA();
        X509Certificate leaf = carrierA.leaf();
        // An hour into the certificate's life: in the past, and after the example document's issuedAt.
        Instant sigT = leaf.getNotBefore().toInstant().plus(Duration.ofHours(1));
        String compact = carrierA.signingTime(sigT).x5c(List.of(leaf, carrierA.chain().get(1))).sign(Files.readAllBytes(DOCUMENT));
        String[] parts = compact.split("\\.");
        Files.writeString(COMPACT, compact, StandardCharsets.US_ASCII);
        Files.writeString(FLATTENED, "{\n  \"protected\": \"" + parts[0] + "\",\n  \"payload\": \"" + parts[1]
                + "\",\n  \"signature\": \"" + parts[2] + "\"\n}\n", StandardCharsets.US_ASCII);
        rewriteNoteExample(sha256Hex(compact.getBytes(StandardCharsets.US_ASCII)), leaf.getSerialNumber().toString(16), sigT);
    }

    @Test
    @Order(1)
    void theCompactExampleVerifies() throws IOException {
        VerifiedSignature verified = verify(COMPACT, JwsSerialization.COMPACT);

        assertThat(verified.payload()).as("the payload of " + COMPACT).isEqualTo(Files.readAllBytes(DOCUMENT));
    }

    @Test
    @Order(1)
    void theFlattenedExampleVerifies() throws IOException {
        VerifiedSignature verified = verify(FLATTENED, JwsSerialization.FLATTENED_JSON);

        assertThat(verified.payload()).as("the payload of " + FLATTENED).isEqualTo(Files.readAllBytes(DOCUMENT));
    }

    @Test
    @Order(1)
    void theNoteExampleDescribesTheCompactExample() throws IOException {
        JsonNode note = JSON.readTree(NOTE.toFile());
        VerifiedSignature verified = verify(COMPACT, JwsSerialization.COMPACT);

        assertThat(note.at("/payloadDigest/value").asText()).as(NOTE + " payloadDigest; re-sign with " + RESIGN)
                .isEqualTo(sha256Hex(Files.readAllBytes(COMPACT)));
        assertThat(note.at("/signer/serialNumber").asText()).as(NOTE + " signer.serialNumber; re-sign with " + RESIGN)
                .isEqualTo(verified.signer().serialNumber());
        assertThat(Instant.parse(note.at("/receivedAt").asText())).as(NOTE + " receivedAt").isAfter(verified.signingTime());
    }

    /** As the Access Point verifies at submission: the demo root, the demo CRL, today's clock. */
    private static VerifiedSignature verify(Path example, JwsSerialization serialization) throws IOException {
        Clock clock = Clock.systemUTC();
        JadesBaselineBVerifier verifier = new JadesBaselineBVerifier(TrustAnchors.of(List.of(VerifierFixture.ROOT)),
                RevocationChecker.fromCrlFiles(List.of(VerifierFixture.SAMPLE_CRL), clock), clock, Duration.ofMinutes(5));
        try {
            return verifier.verify(Files.readAllBytes(example), serialization);
        } catch (AccessPointException e) {
            return fail(example + " does not verify against certs-sample/ (" + e.kind() + ": " + e.getMessage()
                    + "). After regenerating the demo PKI, re-sign the examples: " + RESIGN);
        }
    }

    /** Keeps note.json's formatting: only the values that derive from the signed example change. */
    private static void rewriteNoteExample(String digest, String signerSerial, Instant sigT) throws IOException {
        String text = Files.readString(NOTE);
        JsonNode note = JSON.readTree(text);
        text = replaceValue(text, "value", note.at("/payloadDigest/value").asText(), digest);
        text = replaceValue(text, "serialNumber", note.at("/signer/serialNumber").asText(), signerSerial);
        text = replaceValue(text, "receivedAt", note.at("/receivedAt").asText(), sigT.plusMillis(64_512).toString());
        text = replaceValue(text, "genTime", note.at("/timestamp/genTime").asText(), sigT.plusMillis(64_498).toString());
        Files.writeString(NOTE, text);
    }

    private static String replaceValue(String json, String member, String oldValue, String newValue) {
        String old = "\"" + member + "\": \"" + oldValue + "\"";
        assertThat(json).as("note.json holds " + old).contains(old);
        return json.replace(old, "\"" + member + "\": \"" + newValue + "\"");
    }

    private static String sha256Hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
