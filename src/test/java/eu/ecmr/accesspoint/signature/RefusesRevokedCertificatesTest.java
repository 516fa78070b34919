package eu.ecmr.accesspoint.signature;

import static eu.ecmr.accesspoint.common.ProblemKind.CERTIFICATE_REVOKED;
import static eu.ecmr.accesspoint.signature.SamplePki.BEFORE_REVOCATION;
import static eu.ecmr.accesspoint.signature.SamplePki.REVOKED_AT;
import static eu.ecmr.accesspoint.signature.VerifierFixture.NOW;
import static eu.ecmr.accesspoint.signature.VerifierFixture.PAYLOAD;
import static eu.ecmr.accesspoint.signature.VerifierFixture.ROOT;
import static eu.ecmr.accesspoint.signature.VerifierFixture.assertRefused;
import static eu.ecmr.accesspoint.signature.VerifierFixture.assertRefusedCompact;
import static eu.ecmr.accesspoint.signature.VerifierFixture.signer;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

/** At submission, a leaf revoked at or before sigT is refused; an unknown status is not (see JadesBaselineBVerifier). */
class RefusesRevokedCertificatesTest {

    @Test
    void refusesALeafRevokedBeforeTheSigningTime() {
        assertRefusedCompact(CERTIFICATE_REVOKED, "was revoked at " + REVOKED_AT + " (reason: keyCompromise), at or before"
                + " the signing time " + NOW, signer("carrier-a-revoked").sign(PAYLOAD));
    }

    @Test
    void refusesALeafRevokedAtTheVeryMomentOfSigning() {
        String jws = signer("carrier-a-revoked").signingTime(REVOKED_AT).sign(PAYLOAD);

        assertRefusedCompact(CERTIFICATE_REVOKED, "Carrier A Transport Seal (revoked)", jws);
    }

    @Test
    void refusesItInTheFlattenedSerializationToo() {
        String jws = signer("carrier-a-revoked").flattened(PAYLOAD);

        assertRefused(CERTIFICATE_REVOKED, "keyCompromise", () -> VerifierFixture.verifyFlattened(jws));
    }

    /** Revoked later than sigT: the signature was made while the certificate was good. */
    @Test
    void acceptsASignatureMadeBeforeTheRevocation() {
        String jws = signer("carrier-a-revoked").signingTime(BEFORE_REVOCATION).sign(PAYLOAD);

        VerifiedSignature verified = VerifierFixture.verifyCompact(jws);

        assertEquals(BEFORE_REVOCATION, verified.signingTime());
    }

    /** UNKNOWN is accepted: without a CRL, even the revoked leaf passes, and only verification later tells. */
    @Test
    void acceptsWhenNoCrlDecides() {
        JadesBaselineBVerifier withoutCrls = VerifierFixture.verifier(List.of(ROOT), List.of(), NOW);
        byte[] jws = signer("carrier-a-revoked").sign(PAYLOAD).getBytes(StandardCharsets.US_ASCII);

        assertArrayEquals(PAYLOAD, withoutCrls.verify(jws, JwsSerialization.COMPACT).payload());
    }

    /** Also UNKNOWN: the Access Point's clock is earlier than the CRL's thisUpdate, so the CRL is not current yet. */
    @Test
    void acceptsWhenTheCrlIsNotCurrentYet() {
        Instant beforeTheCrl = SamplePki.CRL_ISSUED.minusSeconds(60);
        JadesBaselineBVerifier early = VerifierFixture.verifier(List.of(ROOT), List.of(VerifierFixture.SAMPLE_CRL), beforeTheCrl);
        byte[] jws = signer("carrier-a-revoked").signingTime(beforeTheCrl).sign(PAYLOAD).getBytes(StandardCharsets.US_ASCII);

        assertArrayEquals(PAYLOAD, early.verify(jws, JwsSerialization.COMPACT).payload());
    }
}
