package eu.ecmr.accesspoint.inspection;

import static eu.ecmr.accesspoint.inspection.SubIndication.FORMAT_FAILURE;
import static eu.ecmr.accesspoint.inspection.SubIndication.NO_SIGNING_CERTIFICATE_FOUND;
import static eu.ecmr.accesspoint.inspection.SubmittedNotes.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;

/** One check failing neither stops nor fails the others; those that cannot run say so. */
class RunsEveryCheckOnItsOwnTest {

    /** A consistent forgery: not a JWS, but its digest and a genuine timestamp over it are stored beside it. */
    @Test
    void gradesWhatCanStillBeCheckedWhenTheOriginalIsNoSignature() {
        NoteRow row = NoteRow.of(SubmittedNotes.honest());
        row.original = "{\"ecmrNumber\":\"NL-2026-000123\"}".getBytes(StandardCharsets.UTF_8);
        byte[] digest = SubmittedNotes.sha256(row.original);
        row.payloadDigest = HexFormat.of().formatHex(digest);
        row.timestampReply = SubmittedNotes.tsaAt(NOW).timestamp(digest).encoded();

        VerificationReport report = SubmittedNotes.verifierAt(NOW).verify(row.toNote());

        assertThat(report.check("stored-digest").indication()).isEqualTo(Indication.PASSED);
        assertThat(report.check("signature").indication()).isEqualTo(Indication.FAILED);
        assertThat(report.check("signature").subIndication()).isEqualTo(FORMAT_FAILURE);
        for (String chain : new String[] {"certificate-chain-at-signing-time", "certificate-chain-now"}) {
            assertThat(report.check(chain).indication()).isEqualTo(Indication.INDETERMINATE);
            assertThat(report.check(chain).subIndication()).isEqualTo(NO_SIGNING_CERTIFICATE_FOUND);
            assertThat(report.check(chain).reason()).startsWith("cannot run");
        }
        assertThat(report.check("timestamp").indication()).isEqualTo(Indication.PASSED);
        assertThat(report.check("stored-fields").indication()).as(report.check("stored-fields").reason())
                .isEqualTo(Indication.FAILED); // the original is now "flattened", the column still says compact
        assertThat(report.verdict()).isEqualTo(Indication.FAILED);
    }

    @Test
    void countsEveryCheckButTheOneNotYetAvailable() {
        VerificationReport report = SubmittedNotes.verifierAt(NOW).verify(SubmittedNotes.honest());

        assertThat(report.checks()).filteredOn(check -> !check.counted()).extracting(Check::name).containsExactly("audit-inclusion");
    }
}
