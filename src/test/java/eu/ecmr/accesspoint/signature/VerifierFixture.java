package eu.ecmr.accesspoint.signature;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import eu.ecmr.accesspoint.common.AccessPointException;
import eu.ecmr.accesspoint.common.ProblemKind;

/**
 * The verifier as configured by default (the demo root as sole anchor, the demo issuing CA's CRL,
 * five minutes of skew) on a fixed clock. "Now" is a day after the demo PKI's certificates begin,
 * derived from them because {@code certs-sample/generate.sh} makes new ones on every run; the CRL
 * is current then, and carrier-a-revoked has been revoked for twelve hours.
 */
final class VerifierFixture {

    static final X509Certificate ROOT = pem("root-ca.pem");
    static final X509Certificate ISSUING_CA = pem("issuing-ca.pem");
    static final Instant NOW = ISSUING_CA.getNotBefore().toInstant().plus(Duration.ofDays(1));
    static final Duration SKEW = Duration.ofMinutes(5);
    static final String SAMPLE_CRL = SampleSigner.SAMPLE_DIR.resolve("issuing-ca.crl").toString();
    static final byte[] PAYLOAD = "{\"ecmrNumber\":\"NL-2026-000123\",\"carrier\":{\"id\":\"VATNL-NL000000001B01\"}}"
            .getBytes(StandardCharsets.UTF_8);

    private static final JadesBaselineBVerifier VERIFIER = verifierTrusting(List.of(ROOT));

    private VerifierFixture() {
    }

    static JadesBaselineBVerifier verifierTrusting(List<X509Certificate> anchors) {
        return verifier(anchors, List.of(SAMPLE_CRL), NOW);
    }

    /** The verifier with these anchors and CRL files on a clock fixed at {@code now}. */
    static JadesBaselineBVerifier verifier(List<X509Certificate> anchors, List<String> crlFiles, Instant now) {
        Clock clock = Clock.fixed(now, ZoneOffset.UTC);
        return new JadesBaselineBVerifier(TrustAnchors.of(anchors), RevocationChecker.fromCrlFiles(crlFiles, clock), clock, SKEW);
    }

    /** Carrier A (EC P-256, ES256) signing at {@link #NOW}. */
    static SampleSigner carrierA() {
        return signer("carrier-a");
    }

    /** Carrier B (RSA 2048, PS256 unless told otherwise) signing at {@link #NOW}. */
    static SampleSigner carrierB() {
        return signer("carrier-b");
    }

    static SampleSigner signer(String baseName) {
        return SampleSigner.load(baseName).signingTime(NOW);
    }

    static VerifiedSignature verifyCompact(String jws) {
        return VERIFIER.verify(jws.getBytes(StandardCharsets.UTF_8), JwsSerialization.COMPACT);
    }

    static VerifiedSignature verifyFlattened(String jws) {
        return VERIFIER.verify(jws.getBytes(StandardCharsets.UTF_8), JwsSerialization.FLATTENED_JSON);
    }

    static AccessPointException assertRefusedCompact(ProblemKind kind, String detailMentions, String jws) {
        return assertRefused(kind, detailMentions, () -> verifyCompact(jws));
    }

    static AccessPointException assertRefusedFlattened(ProblemKind kind, String detailMentions, String jws) {
        return assertRefused(kind, detailMentions, () -> verifyFlattened(jws));
    }

    /** The refusal has the kind and a detail a caller can act on: specific, and free of Java internals. */
    static AccessPointException assertRefused(ProblemKind kind, String detailMentions, Runnable verification) {
        AccessPointException refusal = assertThrows(AccessPointException.class, verification::run);
        String detail = refusal.getMessage();
        assertEquals(kind, refusal.kind(), () -> "detail was: " + detail);
        assertTrue(detail.contains(detailMentions), () -> "detail '" + detail + "' should mention '" + detailMentions + "'");
        assertFalse(detail.matches("(?s).*(Exception|java\\.|org\\.bouncycastle|com\\.fasterxml).*"),
                () -> "detail leaks internals: " + detail);
        return refusal;
    }

    static X509Certificate pem(String name) {
        try (InputStream in = Files.newInputStream(SampleSigner.SAMPLE_DIR.resolve(name))) {
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        } catch (IOException | CertificateException e) {
            throw new IllegalStateException("cannot read " + name, e);
        }
    }
}
