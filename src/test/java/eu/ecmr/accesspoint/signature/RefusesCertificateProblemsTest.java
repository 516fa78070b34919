package eu.ecmr.accesspoint.signature;

import static eu.ecmr.accesspoint.common.ProblemKind.CERTIFICATE_NOT_FOR_SIGNING;
import static eu.ecmr.accesspoint.common.ProblemKind.CERTIFICATE_NOT_VALID_AT_SIGNING_TIME;
import static eu.ecmr.accesspoint.common.ProblemKind.CERTIFICATE_UNTRUSTED;
import static eu.ecmr.accesspoint.common.ProblemKind.SIGNING_TIME_IN_FUTURE;
import static eu.ecmr.accesspoint.signature.VerifierFixture.NOW;
import static eu.ecmr.accesspoint.signature.VerifierFixture.PAYLOAD;
import static eu.ecmr.accesspoint.signature.VerifierFixture.ROOT;
import static eu.ecmr.accesspoint.signature.VerifierFixture.assertRefusedCompact;
import static eu.ecmr.accesspoint.signature.VerifierFixture.carrierA;
import static eu.ecmr.accesspoint.signature.VerifierFixture.signer;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

class RefusesCertificateProblemsTest {

    @Test
    void refusesASigningTimeBeyondTheAllowedSkew() {
        String jws = carrierA().signingTime(NOW.plus(Duration.ofMinutes(6))).sign(PAYLOAD);
        assertRefusedCompact(SIGNING_TIME_IN_FUTURE, "plus the allowed skew of PT5M", jws);
    }

    @Test
    void refusesAnExpiredLeafSigningNow() {
        assertRefusedCompact(CERTIFICATE_NOT_VALID_AT_SIGNING_TIME, "Carrier A Transport Seal (expired)",
                signer("carrier-a-expired").sign(PAYLOAD));
    }

    /** The leaf was valid in 2020, but its issuing CA did not exist yet: the chain was not valid then. */
    @Test
    void refusesAnExpiredLeafBackdatedIntoItsValidityWhenItsIssuerWasNotYetValid() {
        String jws = signer("carrier-a-expired").signingTime(Instant.parse("2020-06-01T00:00:00Z")).sign(PAYLOAD);
        assertRefusedCompact(CERTIFICATE_NOT_VALID_AT_SIGNING_TIME, "e-CMR Demo Carrier Issuing CA", jws);
    }

    @Test
    void refusesALeafNotYetValidAtSigningTime() {
        String jws = carrierA().signingTime(carrierA().leaf().getNotBefore().toInstant().minusSeconds(1)).sign(PAYLOAD);
        assertRefusedCompact(CERTIFICATE_NOT_VALID_AT_SIGNING_TIME, "does not include the signing time", jws);
    }

    @Test
    void refusesAChainToAnUntrustedRoot() {
        assertRefusedCompact(CERTIFICATE_UNTRUSTED, "does not lead to a configured trust anchor", signer("untrusted").sign(PAYLOAD));
    }

    @Test
    void refusesAChainWithoutTheIntermediate() {
        SampleSigner signer = carrierA();
        assertRefusedCompact(CERTIFICATE_UNTRUSTED, "every intermediate CA", signer.x5c(List.of(signer.leaf(), ROOT)).sign(PAYLOAD));
    }

    @Test
    void refusesTheLeafAlone() {
        SampleSigner signer = carrierA();
        assertRefusedCompact(CERTIFICATE_UNTRUSTED, "does not lead to a configured trust anchor",
                signer.x5c(List.of(signer.leaf())).sign(PAYLOAD));
    }

    @Test
    void refusesALeafWhoseKeyUsageDoesNotAllowSigning() {
        assertRefusedCompact(CERTIFICATE_NOT_FOR_SIGNING, "neither digitalSignature nor nonRepudiation",
                signer("carrier-a-no-signing").sign(PAYLOAD));
    }
}
