package eu.ecmr.accesspoint.submission.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import eu.ecmr.accesspoint.fuzz.EcmrPayloads;
import eu.ecmr.accesspoint.fuzz.Fuzz;
import eu.ecmr.accesspoint.fuzz.Gen;
import eu.ecmr.accesspoint.fuzz.HostileText;
import eu.ecmr.accesspoint.signature.SampleSigner;
import eu.ecmr.accesspoint.support.Api;
import eu.ecmr.accesspoint.support.SampleNotes;
import eu.ecmr.accesspoint.support.StoredRows;
import eu.ecmr.accesspoint.support.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * Fuzzes the submission endpoint over HTTP (docs/FUZZING.md): broken bodies, any content type,
 * odd headers and tokens, and any payload under a valid signature. Every answer is a problem (never 500), or 200 for a note sent before;
 * nothing new is stored. Two notes are accepted first, so that a change that keeps the signature
 * valid (JSON whitespace in a flattened JWS) meets its note: 409, not a second note.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class SubmissionFuzzTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> CONTENT_TYPES = List.of(Api.JOSE, Api.JOSE_JSON, "application/jose; charset=utf-8",
            "APPLICATION/JOSE", "application/jose+json;q=0.5", "application/json", "text/plain", "application/jwt",
            "multipart/form-data; boundary=x", "application/x-www-form-urlencoded", "*/*", "application/", "jose",
            "application/jose;;;", "a/b/c", "", "application/jose; boundary=\"unterminated");
    private static final List<String> ACCEPTS = List.of("application/json", "application/xml", "text/html", "*/*",
            "application/problem+json", "application/pdf;q=0", "garbage");

    @TestHTTPResource("/api/v1/consignment-notes")
    URL endpoint;
    @Inject
    StoredRows stored;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private byte[] compact;
    private byte[] flattened;

    @BeforeEach
    void acceptTwoNotes() {
        SampleSigner signer = SampleSigner.carrierA();
        compact = signer.sign(SampleNotes.document()).getBytes(StandardCharsets.US_ASCII);
        flattened = signer.flattened(SampleNotes.document()).getBytes(StandardCharsets.UTF_8);
        Api.submit(TestTokens.carrierA(), Api.JOSE, new String(compact, StandardCharsets.US_ASCII)).statusCode(201);
        Api.submit(TestTokens.carrierA(), Api.JOSE_JSON, new String(flattened, StandardCharsets.UTF_8)).statusCode(201);
    }

    @Test
    void anyRequestIsAnsweredWithAProblemAndStoresNothing() {
        long notesBefore = stored.notes();
        String[] tokens = { TestTokens.carrierA(), TestTokens.carrierA(), TestTokens.carrierA(), TestTokens.carrierB(),
                TestTokens.inspector(), TestTokens.expiredCarrierA(), "not.a.token", null };

        Fuzz.check(150, random -> request(random, tokens), Attempt::toString, this::answeredWithAProblem);

        assertThat(stored.notes()).as("notes stored by fuzzed submissions").isEqualTo(notesBefore);
    }

    private void answeredWithAProblem(Attempt attempt) {
        HttpResponse<byte[]> answer = send(attempt);
        assertThat(answer.statusCode()).as("status").isNotEqualTo(500);
        if (answer.statusCode() < 400) {
            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(Arrays.equals(attempt.body(), compact) || Arrays.equals(attempt.body(), flattened))
                    .as("only a note sent before is answered with its receipt").isTrue();
            return;
        }
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = json(answer.body());
        assertThat(problem.path("type").asText()).startsWith("urn:ecmr:problem:");
        assertThat(problem.path("status").asInt()).isEqualTo(answer.statusCode());
        assertThat(problem.path("correlationId").asText()).isNotBlank();
    }

    record Attempt(byte[] body, Map<String, String> headers) {
        @Override
        public String toString() {
            return headers + "\n" + Gen.escaped(new String(body, StandardCharsets.ISO_8859_1));
        }
    }

    private Attempt request(Random random, String[] tokens) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (Gen.chance(random, 25)) {
            // A valid signature over any payload reaches the document reader; carrier B's token makes
            // even a readable note a signer mismatch, so that nothing is stored.
            headers.put("Authorization", "Bearer " + tokens[3]);
            headers.put("Content-Type", Api.JOSE);
            byte[] payload = Gen.chance(random, 50) ? EcmrPayloads.rawBytes(random) : EcmrPayloads.changedExample(random);
            return new Attempt(SampleSigner.carrierA().sign(payload).getBytes(StandardCharsets.US_ASCII), headers);
        }
        String token = Gen.oneOf(random, Arrays.asList(tokens));
        if (token != null) {
            headers.put("Authorization", (Gen.chance(random, 90) ? "Bearer " : "Basic ") + token);
        }
        if (Gen.chance(random, 95)) {
            headers.put("Content-Type", Gen.oneOf(random, CONTENT_TYPES));
        }
        if (Gen.chance(random, 30)) {
            headers.put("Accept", Gen.oneOf(random, ACCEPTS));
        }
        if (Gen.chance(random, 10)) {
            headers.put("Content-Encoding", Gen.oneOf(random, List.of("gzip", "deflate", "br", "identity, gzip")));
        }
        if (Gen.chance(random, 20)) {
            headers.put(Gen.oneOf(random, List.of("X-Request-ID", "X-Control-Reference")),
                    Gen.of(random, "abcXYZ0123456789 -_;:'\"\\/<>%{}", Gen.oneOf(random, List.of(10, 300, 5000))));
        }
        return new Attempt(body(random), headers);
    }

    private byte[] body(Random random) {
        byte[] base = Gen.chance(random, 50) ? compact : flattened;
        return switch (random.nextInt(8)) {
            case 0 -> Arrays.copyOf(base, random.nextInt(base.length));
            case 1 -> flip(random, base);
            case 2 -> insert(random, base, HostileText.fragments(random, 4).getBytes(StandardCharsets.UTF_8));
            case 3 -> insert(random, base, Gen.oneOf(random, List.of(" ", "\n", "\t", ".", "=", "{}", "\"")).getBytes(StandardCharsets.UTF_8));
            case 4 -> Gen.bytes(random, 300);
            case 5 -> Gen.chance(random, 5) ? new byte[1_048_577] : new byte[0];
            case 6 -> swapParts(random, new String(compact, StandardCharsets.US_ASCII));
            default -> HostileText.upTo(random, 200).getBytes(StandardCharsets.UTF_8);
        };
    }

    private static byte[] flip(Random random, byte[] base) {
        byte[] copy = base.clone();
        copy[random.nextInt(copy.length)] ^= (byte) (1 << random.nextInt(8));
        return copy;
    }

    private static byte[] insert(Random random, byte[] base, byte[] inserted) {
        int at = random.nextInt(base.length + 1);
        byte[] copy = new byte[base.length + inserted.length];
        System.arraycopy(base, 0, copy, 0, at);
        System.arraycopy(inserted, 0, copy, at, inserted.length);
        System.arraycopy(base, at, copy, at + inserted.length, base.length - at);
        return copy;
    }

    /** Another carrier's header, this note's payload, or the parts in another order. */
    private static byte[] swapParts(Random random, String jws) {
        String[] parts = jws.split("\\.");
        String other = SampleSigner.load("carrier-b").sign(SampleNotes.forCarrierB(d -> { }));
        String[] others = other.split("\\.");
        String swapped = switch (random.nextInt(3)) {
            case 0 -> others[0] + "." + parts[1] + "." + parts[2];
            case 1 -> parts[0] + "." + parts[1] + "." + others[2];
            default -> parts[2] + "." + parts[0] + "." + parts[1];
        };
        return swapped.getBytes(StandardCharsets.US_ASCII);
    }

    private HttpResponse<byte[]> send(Attempt attempt) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(endpoint.toString()))
                    .timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.ofByteArray(attempt.body()));
            attempt.headers().forEach(request::header);
            return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new AssertionError("no answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static JsonNode json(byte[] body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + new String(body, StandardCharsets.UTF_8), e);
        }
    }
}
