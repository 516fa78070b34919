package eu.ecmr.accesspoint.signature;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

import eu.ecmr.accesspoint.common.AccessPointException;
import eu.ecmr.accesspoint.common.ProblemKind;
import eu.ecmr.accesspoint.fuzz.Fuzz;
import eu.ecmr.accesspoint.fuzz.Gen;
import eu.ecmr.accesspoint.fuzz.HostileText;

/**
 * Fuzzes the JWS parser and the whole JAdES verifier (docs/FUZZING.md): any body, in either
 * serialization, is verified or refused with one of the signature problem kinds; no other exception
 * escapes. The headers are really signed, so that refusals come from the checks, not the signature.
 */
class JwsFuzzTest {

    private static final String BASE64URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    private static final List<String> HEADER_NAMES = List.of("alg", "x5c", "sigT", "crit", "x5t#S256", "kid", "typ",
            "cty", "b64", "jku", "x5u", "jwk", "zip", "enc", "sigD", "");
    private static final List<Object> ALGORITHMS = List.of("ES256", "ES384", "ES512", "PS256", "RS256", "none", "HS256",
            "es256", "EdDSA", "", 256);
    private static final SampleSigner CARRIER_A = VerifierFixture.carrierA();
    private static final List<String> REAL_CHAIN = CARRIER_A.chain().stream()
            .map(c -> Base64.getEncoder().encodeToString(der(c))).toList();

    private final JwsParser parser = new JwsParser();
    private final JadesHeaderPolicy policy = new JadesHeaderPolicy();

    @Test
    void anyBodyIsParsedOrRefusedAsMalformed() {
        Fuzz.check(3000, JwsFuzzTest::body, JwsFuzzTest::shown, body -> {
            try {
                policy.apply(parser.parse(body.bytes(), body.serialization()));
            } catch (AccessPointException refusal) {
                assertThat(refusal.kind()).isIn(ProblemKind.MALFORMED_JWS, ProblemKind.INVALID_HEADER,
                        ProblemKind.FORBIDDEN_HEADER, ProblemKind.UNSUPPORTED_ALGORITHM);
            }
        });
    }

    @Test
    void anySignedHeaderIsVerifiedOrRefused() {
        Fuzz.check(400, JwsFuzzTest::signed, JwsFuzzTest::shown, body -> {
            try {
                VerifierFixture.verifier(List.of(VerifierFixture.ROOT), List.of(VerifierFixture.SAMPLE_CRL), VerifierFixture.NOW)
                        .verify(body.bytes(), body.serialization());
            } catch (AccessPointException refusal) {
                assertThat(refusal.kind()).isNotIn(ProblemKind.INTERNAL_ERROR, ProblemKind.SERVICE_UNAVAILABLE);
            }
        });
    }

    private static byte[] der(java.security.cert.X509Certificate certificate) {
        try {
            return certificate.getEncoded();
        } catch (java.security.cert.CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    record Body(byte[] bytes, JwsSerialization serialization) {
    }

    static String shown(Body body) {
        return body.serialization() + ": " + Gen.escaped(new String(body.bytes(), StandardCharsets.ISO_8859_1));
    }

    /** Structure: parts of base64url, JSON, garbage and dots, in either serialization. */
    private static Body body(Random random) {
        String header = part(random);
        String payload = part(random);
        String signature = Gen.chance(random, 80) ? Gen.of(random, BASE64URL, 120) : part(random);
        if (Gen.chance(random, 50)) {
            String compact = header + "." + payload + "." + signature + (Gen.chance(random, 10) ? "." + part(random) : "");
            byte[] bytes = Gen.chance(random, 10) ? Gen.bytes(random, 300) : compact.getBytes(StandardCharsets.UTF_8);
            return new Body(bytes, JwsSerialization.COMPACT);
        }
        Map<String, Object> envelope = new LinkedHashMap<>();
        envelope.put("protected", Gen.chance(random, 90) ? header : random.nextInt());
        envelope.put("payload", payload);
        envelope.put("signature", signature);
        if (Gen.chance(random, 30)) {
            envelope.put(Gen.oneOf(random, List.of("header", "signatures", "unknown")), headerMap(random));
        }
        String json = SampleSigner.json(envelope);
        if (Gen.chance(random, 20)) {
            json = json.substring(0, random.nextInt(json.length() + 1)) + HostileText.fragments(random, 3);
        }
        return new Body(json.getBytes(StandardCharsets.UTF_8), JwsSerialization.FLATTENED_JSON);
    }

    private static String part(Random random) {
        return switch (random.nextInt(5)) {
            case 0 -> Gen.of(random, BASE64URL, 40);
            case 1 -> SampleSigner.base64Url(SampleSigner.json(headerMap(random)).getBytes(StandardCharsets.UTF_8));
            case 2 -> SampleSigner.base64Url(HostileText.upTo(random, 100).getBytes(StandardCharsets.UTF_8));
            case 3 -> SampleSigner.base64Url(Gen.bytes(random, 60));
            default -> Gen.of(random, BASE64URL + "=+/. \n\u00e9", 40);
        };
    }

    /** A protected header in which every parameter may be missing, of any JSON type, or hostile. */
    private static Map<String, Object> headerMap(Random random) {
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("alg", Gen.oneOf(random, ALGORITHMS));
        if (Gen.chance(random, 70)) {
            header.put("x5c", chain(random));
        }
        header.put("sigT", Gen.oneOf(random, List.of("2026-11-28T10:15:30Z", "2026-02-30T10:15:30Z", "2026-11-28T24:00:00Z",
                "9999-12-31T23:59:60.999999999Z", "yesterday", "")));
        for (int i = random.nextInt(4); i > 0; i--) {
            header.put(Gen.oneOf(random, HEADER_NAMES), value(random));
        }
        return header;
    }

    private static Object chain(Random random) {
        List<Object> chain = new ArrayList<>(REAL_CHAIN);
        switch (random.nextInt(6)) {
            case 0 -> java.util.Collections.reverse(chain);
            case 1 -> chain.set(0, Base64.getEncoder().encodeToString(Gen.bytes(random, 80)));
            case 2 -> chain.set(0, SampleSigner.base64Url(der(CARRIER_A.leaf())));
            case 3 -> chain.add(value(random));
            case 4 -> {
                for (int i = 0; i < 8; i++) {
                    chain.add(REAL_CHAIN.get(0));
                }
            }
            default -> { }
        }
        return chain;
    }

    private static Object value(Random random) {
        return switch (random.nextInt(7)) {
            case 0 -> null;
            case 1 -> random.nextLong();
            case 2 -> List.of(HostileText.upTo(random, 20), random.nextInt());
            case 3 -> Map.of("k", HostileText.upTo(random, 20));
            case 4 -> List.of("sigT", "sigT");
            case 5 -> List.of(Gen.oneOf(random, HEADER_NAMES));
            default -> HostileText.upTo(random, 60);
        };
    }

    /** A header of any shape, really signed by carrier A over a small payload, in either serialization. */
    private static Body signed(Random random) {
        SampleSigner signer = CARRIER_A;
        Map<String, Object> header = headerMap(random);
        for (Map.Entry<String, Object> parameter : header.entrySet()) {
            signer = Gen.chance(random, 50) ? signer.withHeader(parameter.getKey(), parameter.getValue()) : signer;
        }
        if (Gen.chance(random, 20)) {
            signer = signer.withoutHeader(Gen.oneOf(random, HEADER_NAMES));
        }
        if (Gen.chance(random, 20)) {
            signer = signer.withUnprotectedHeader(Gen.oneOf(random, HEADER_NAMES), value(random));
        }
        byte[] payload = Gen.chance(random, 50) ? VerifierFixture.PAYLOAD : HostileText.upTo(random, 200).getBytes(StandardCharsets.UTF_8);
        try {
            return Gen.chance(random, 50)
                    ? new Body(signer.sign(payload).getBytes(StandardCharsets.US_ASCII), JwsSerialization.COMPACT)
                    : new Body(signer.flattened(payload).getBytes(StandardCharsets.UTF_8), JwsSerialization.FLATTENED_JSON);
        } catch (RuntimeException cannotSign) {
            // The test's own signing library refused this header; send the unsigned structure instead.
            return body(random);
        }
    }
}
