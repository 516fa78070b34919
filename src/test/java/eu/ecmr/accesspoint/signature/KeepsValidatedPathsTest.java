package eu.ecmr.accesspoint.signature;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import eu.ecmr.accesspoint.common.AccessPointException;
import eu.ecmr.accesspoint.common.ProblemKind;

/** A path validated once is not verified again, yet every later answer is the one a first validation would give. */
class KeepsValidatedPathsTest {

    private static final X509Certificate CARRIER_A = VerifierFixture.pem("carrier-a.pem");
    private static final X509Certificate UNTRUSTED = VerifierFixture.pem("untrusted.pem");

    private final CertificateChainValidator validator =
            new CertificateChainValidator(TrustAnchors.of(List.of(VerifierFixture.ROOT)));

    @Test
    void aKeptPathIsStillRefusedOutsideItsValidity() {
        List<X509Certificate> chain = List.of(CARRIER_A, VerifierFixture.ISSUING_CA);
        assertEquals(3, validator.validate(chain, VerifierFixture.NOW, "the signing time").size());

        Instant afterExpiry = CARRIER_A.getNotAfter().toInstant().plus(Duration.ofDays(1));
        AccessPointException refused = assertThrows(AccessPointException.class,
                () -> validator.validate(chain, afterExpiry, "the signing time"));
        assertEquals(ProblemKind.CERTIFICATE_NOT_VALID_AT_SIGNING_TIME, refused.kind());

        Instant beforeIssue = CARRIER_A.getNotBefore().toInstant().minus(Duration.ofDays(1));
        assertEquals(ProblemKind.CERTIFICATE_NOT_VALID_AT_SIGNING_TIME, assertThrows(AccessPointException.class,
                () -> validator.validate(chain, beforeIssue, "the signing time")).kind());
        assertEquals(3, validator.validate(chain, VerifierFixture.NOW, "the signing time").size());
    }

    @Test
    void aRefusedPathIsNotKept() {
        List<X509Certificate> chain = List.of(UNTRUSTED);
        Instant during = UNTRUSTED.getNotBefore().toInstant().plus(Duration.ofDays(1));
        for (int attempt = 0; attempt < 2; attempt++) {
            assertEquals(ProblemKind.CERTIFICATE_UNTRUSTED, assertThrows(AccessPointException.class,
                    () -> validator.validate(chain, during, "the signing time")).kind());
        }
    }

    @Test
    void aLeafOnAKeptIntermediateIsValidatedOnItsOwn() {
        validator.validate(List.of(CARRIER_A, VerifierFixture.ISSUING_CA), VerifierFixture.NOW, "the signing time");
        // The same intermediate under a leaf it did not sign: a different path, so PKIX decides again.
        assertEquals(ProblemKind.CERTIFICATE_UNTRUSTED, assertThrows(AccessPointException.class,
                () -> validator.validate(List.of(UNTRUSTED, VerifierFixture.ISSUING_CA),
                        UNTRUSTED.getNotBefore().toInstant().plus(Duration.ofDays(1)), "the signing time")).kind());
    }
}
