package eu.ecmr.accesspoint.inspection;

import static eu.ecmr.accesspoint.inspection.SubmittedNotes.NOW;
import static eu.ecmr.accesspoint.inspection.SubmittedNotes.verifierAt;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import eu.ecmr.accesspoint.signature.JwsSerialization;
import eu.ecmr.accesspoint.submission.StoredNote;

class VerifiesHonestNotesTest {

    private static final Instant LATER = NOW.plus(Duration.ofDays(30));

    @ParameterizedTest
    @EnumSource(JwsSerialization.class)
    void passesEveryCheckOfAnHonestNoteAndLeavesTheAuditCheckUncountedWithoutALog(JwsSerialization serialization) {
        StoredNote note = SubmittedNotes.submitted("carrier-a", NOW.minusSeconds(60), serialization, NOW);

        VerificationReport report = verifierAt(LATER).verify(note);

        assertThat(report.checks()).extracting(Check::name).containsExactly("stored-digest", "signature",
                "certificate-chain-at-signing-time", "certificate-chain-now", "timestamp", "stored-fields", "audit-inclusion");
        assertThat(report.checks().subList(0, 6)).allSatisfy(check -> {
            assertThat(check.indication()).as(check.name() + ": " + check.reason()).isEqualTo(Indication.PASSED);
            assertThat(check.subIndication()).isNull();
            assertThat(check.counted()).isTrue();
        });
        assertThat(report.check("audit-inclusion")).satisfies(audit -> {
            assertThat(audit.indication()).isEqualTo(Indication.INDETERMINATE);
            assertThat(audit.counted()).isFalse();
            assertThat(audit.reason()).contains("no audit log is configured");
        });
        assertThat(report.verdict()).isEqualTo(Indication.PASSED);
        assertThat(report.noteId()).isEqualTo(note.id());
        assertThat(report.verifiedAt()).isEqualTo(LATER);
    }

    @ParameterizedTest
    @EnumSource(JwsSerialization.class)
    void explainsEachCheckForAnInspector(JwsSerialization serialization) {
        StoredNote note = SubmittedNotes.submitted("carrier-b", NOW.minusSeconds(60), serialization, NOW);

        VerificationReport report = verifierAt(LATER).verify(note);

        assertThat(report.verdict()).isEqualTo(Indication.PASSED);
        assertThat(report.check("signature").reason()).contains("PS256").contains("Carrier B Transport Seal");
        assertThat(report.check("certificate-chain-at-signing-time").reason())
                .contains("at the signing time " + note.signingTime()).contains("lists no revocation");
        assertThat(report.check("certificate-chain-now").reason()).startsWith("valid now");
        assertThat(report.check("timestamp").reason()).contains(note.timestamp().serialNumber()).contains(note.payloadDigest());
        assertThat(report.check("stored-fields").reason()).contains("15 stored fields equal");
        assertThat(report.checks()).allSatisfy(check -> assertThat(check.reason())
                .doesNotContainPattern("Exception|java\\.|org\\.bouncycastle"));
    }
}
