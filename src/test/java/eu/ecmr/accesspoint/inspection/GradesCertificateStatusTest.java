package eu.ecmr.accesspoint.inspection;

import static eu.ecmr.accesspoint.inspection.SubIndication.OUT_OF_BOUNDS_NOT_REVOKED;
import static eu.ecmr.accesspoint.inspection.SubIndication.REVOKED;
import static eu.ecmr.accesspoint.inspection.SubIndication.REVOKED_NO_POE;
import static eu.ecmr.accesspoint.inspection.SubIndication.TRY_LATER;
import static eu.ecmr.accesspoint.inspection.SubmittedNotes.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import eu.ecmr.accesspoint.signature.JwsSerialization;
import eu.ecmr.accesspoint.signature.SampleSigner;
import eu.ecmr.accesspoint.submission.StoredNote;

/**
 * The two chain checks on the demo PKI: carrier-a-revoked is revoked twelve hours after its
 * notBefore (keyCompromise), and the demo CRL is current from an hour after that; see generate.sh.
 */
class GradesCertificateStatusTest {

    private static final X509Certificate REVOKED_LEAF = SampleSigner.load("carrier-a-revoked").leaf();
    private static final Instant BEFORE_REVOCATION = REVOKED_LEAF.getNotBefore().toInstant().plus(Duration.ofHours(6));

    private static void assertGraded(VerificationReport report, String check, Indication indication, String subIndication) {
        Check graded = report.check(check);
        assertThat(graded.indication()).as(check + ": " + graded.reason()).isEqualTo(indication);
        assertThat(graded.subIndication()).as(check + ": " + graded.reason()).isEqualTo(subIndication);
    }

    @Test
    void failsANoteSignedAfterItsCertificateWasRevoked() {
        StoredNote note = SubmittedNotes.submitted("carrier-a-revoked", NOW.minusSeconds(60), JwsSerialization.COMPACT, NOW);

        VerificationReport report = SubmittedNotes.verifierAt(NOW).verify(note);

        assertGraded(report, "certificate-chain-at-signing-time", Indication.FAILED, REVOKED);
        assertThat(report.check("certificate-chain-at-signing-time").reason())
                .contains("keyCompromise").contains("at or before the signing time " + note.signingTime());
        assertGraded(report, "certificate-chain-now", Indication.FAILED, REVOKED);
        assertGraded(report, "signature", Indication.PASSED, null);
        assertThat(report.verdict()).isEqualTo(Indication.FAILED);
    }

    /** The signature was made while the certificate was good; that it was revoked later is for the inspector to weigh. */
    @Test
    void doesNotFailANoteSignedBeforeItsCertificateWasRevoked() {
        StoredNote note = SubmittedNotes.submitted("carrier-a-revoked", BEFORE_REVOCATION, JwsSerialization.COMPACT,
                BEFORE_REVOCATION.plusSeconds(60));

        VerificationReport report = SubmittedNotes.verifierAt(NOW).verify(note);

        assertGraded(report, "certificate-chain-at-signing-time", Indication.PASSED, null);
        assertGraded(report, "certificate-chain-now", Indication.INDETERMINATE, REVOKED_NO_POE);
        assertThat(report.check("certificate-chain-now").reason()).contains("after the signing time");
        assertThat(report.verdict()).isEqualTo(Indication.INDETERMINATE);
    }

    @Test
    void isIndeterminateWhenNoCrlIsConfigured() {
        StoredNote note = SubmittedNotes.honest();

        VerificationReport report = SubmittedNotes.verifierAt(NOW, List.of()).verify(note);

        assertGraded(report, "certificate-chain-at-signing-time", Indication.INDETERMINATE, TRY_LATER);
        assertThat(report.check("certificate-chain-at-signing-time").reason())
                .contains("cannot be established").contains("not on the allow-list");
        assertGraded(report, "certificate-chain-now", Indication.INDETERMINATE, TRY_LATER);
        assertThat(report.checks()).noneMatch(check -> check.indication() == Indication.FAILED);
        assertThat(report.verdict()).isEqualTo(Indication.INDETERMINATE);
    }

    /** The timestamp proves the note existed while the certificate was valid; its expiry since then is no failure. */
    @Test
    void doesNotFailANoteWhoseCertificateHasExpiredSince() {
        StoredNote note = SubmittedNotes.honest();
        Instant afterExpiry = SampleSigner.carrierA().leaf().getNotAfter().toInstant().plus(Duration.ofDays(1));

        VerificationReport report = SubmittedNotes.verifierAt(afterExpiry).verify(note);

        assertGraded(report, "certificate-chain-at-signing-time", Indication.PASSED, null);
        assertGraded(report, "certificate-chain-now", Indication.INDETERMINATE, OUT_OF_BOUNDS_NOT_REVOKED);
        assertThat(report.check("certificate-chain-now").reason()).contains("has expired since").contains("organizationIdentifier=VATNL-NL000000001B01")
                .contains("it was valid when the note was signed (" + note.signingTime() + ") and timestamped");
        assertGraded(report, "timestamp", Indication.PASSED, null);
        assertThat(report.verdict()).isEqualTo(Indication.INDETERMINATE);
    }
}
