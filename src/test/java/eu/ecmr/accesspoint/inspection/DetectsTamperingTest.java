package eu.ecmr.accesspoint.inspection;

import static eu.ecmr.accesspoint.inspection.SubIndication.FORMAT_FAILURE;
import static eu.ecmr.accesspoint.inspection.SubIndication.HASH_FAILURE;
import static eu.ecmr.accesspoint.inspection.SubIndication.NO_CERTIFICATE_CHAIN_FOUND;
import static eu.ecmr.accesspoint.inspection.SubIndication.SIG_CRYPTO_FAILURE;
import static eu.ecmr.accesspoint.inspection.SubIndication.STORED_FIELD_MISMATCH;
import static eu.ecmr.accesspoint.inspection.SubmittedNotes.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import eu.ecmr.accesspoint.signature.JwsSerialization;
import eu.ecmr.accesspoint.submission.StoredNote;

/** The issue: "Tampering with any stored byte or column in the database must turn the verdict to FAILED." */
class DetectsTamperingTest {

    private final StoredNote honest = SubmittedNotes.honest();
    private final NoteVerifier verifier = SubmittedNotes.verifierAt(NOW.plusSeconds(3600));

    private VerificationReport verifyTampered(Consumer<NoteRow> change) {
        NoteRow row = NoteRow.of(honest);
        change.accept(row);
        return verifier.verify(row.toNote());
    }

    private static void assertGraded(VerificationReport report, String check, Indication indication, String subIndication) {
        Check graded = report.check(check);
        assertThat(graded.indication()).as(check + ": " + graded.reason()).isEqualTo(indication);
        assertThat(graded.subIndication()).as(check + ": " + graded.reason()).isEqualTo(subIndication);
    }

    /** Positions inside the protected header, the payload and the signature of the compact original. */
    @ParameterizedTest
    @ValueSource(strings = {"header", "payload", "signature"})
    void failsWhenOneByteOfTheOriginalChanged(String part) {
        VerificationReport report = verifyTampered(row -> flipOneCharacterIn(row, part));

        assertThat(report.verdict()).isEqualTo(Indication.FAILED);
        assertGraded(report, "stored-digest", Indication.FAILED, HASH_FAILURE);
        assertGraded(report, "timestamp", Indication.FAILED, HASH_FAILURE);
        assertThat(report.check("signature").indication()).isEqualTo(Indication.FAILED);
        assertThat(report.check("signature").subIndication()).isIn(SIG_CRYPTO_FAILURE, FORMAT_FAILURE);
    }

    @Test
    void failsWhenTheOriginalAndItsDigestWereRewrittenTogether() {
        VerificationReport report = verifyTampered(row -> {
            flipOneCharacterIn(row, "payload");
            row.payloadDigest = HexFormat.of().formatHex(SubmittedNotes.sha256(row.original));
        });

        assertThat(report.verdict()).isEqualTo(Indication.FAILED);
        assertGraded(report, "stored-digest", Indication.PASSED, null);
        assertGraded(report, "signature", Indication.FAILED, SIG_CRYPTO_FAILURE);
        assertGraded(report, "timestamp", Indication.FAILED, HASH_FAILURE);
    }

    @Test
    void failsWhenThePayloadDigestChanged() {
        VerificationReport report = verifyTampered(row -> row.payloadDigest = "0".repeat(64));

        assertThat(report.verdict()).isEqualTo(Indication.FAILED);
        assertGraded(report, "stored-digest", Indication.FAILED, HASH_FAILURE);
        assertGraded(report, "signature", Indication.PASSED, null);
        assertGraded(report, "timestamp", Indication.PASSED, null);
    }

    static Stream<Arguments> columns() {
        return Stream.of(
                column("carrierId", row -> row.carrierId = "VATBE-BE0000000002"),
                column("ecmrNumber", row -> row.ecmrNumber = "NL-2026-999999"),
                column("signingTime", row -> row.signingTime = row.signingTime.plusSeconds(1)),
                column("signatureAlgorithm", row -> row.signatureAlgorithm = "ES384"),
                column("signer.subject", row -> row.signerSubject = "CN=Someone Else,O=Carrier A B.V.,C=NL"),
                column("signer.issuer", row -> row.signerIssuer = "CN=Another CA"),
                column("signer.serialNumber", row -> row.signerSerial = "1"),
                column("signer.organizationIdentifier", row -> row.signerOrganizationIdentifier = "VATBE-BE0000000002"),
                column("timestamp.genTime", row -> row.timestampGenTime = row.timestampGenTime.minusSeconds(3600)),
                column("timestamp.serialNumber", row -> row.timestampSerial = "2a"),
                column("timestamp.tsa", row -> row.timestampTsa = "CN=Another TSA"),
                column("vehicleRegistration", row -> row.vehicleRegistration = "XX-999-X"),
                column("vehicleKey", row -> row.vehicleKey = "XX999X"),
                column("takingOverDate", row -> row.takingOverDate = row.takingOverDate.plusDays(1)),
                column("serialization", row -> row.serialization = JwsSerialization.FLATTENED_JSON));
    }

    private static Arguments column(String field, Consumer<NoteRow> change) {
        return Arguments.of(field, change);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("columns")
    void failsWhenAnExtractedColumnChanged(String field, Consumer<NoteRow> change) {
        VerificationReport report = verifyTampered(change);

        assertThat(report.verdict()).isEqualTo(Indication.FAILED);
        assertGraded(report, "stored-fields", Indication.FAILED, STORED_FIELD_MISMATCH);
        assertThat(report.check("stored-fields").reason()).contains(field + " (stored '");
    }

    @Test
    void failsWithTheTimestampReplyOfAnotherNote() {
        StoredNote other = SubmittedNotes.honest();

        VerificationReport replyOnly = verifyTampered(row -> row.timestampReply = other.timestamp().encoded());
        VerificationReport replyAndColumns = verifyTampered(row -> {
            row.timestampReply = other.timestamp().encoded();
            row.timestampGenTime = other.timestamp().genTime();
            row.timestampSerial = other.timestamp().serialNumber();
        });

        assertThat(replyOnly.verdict()).isEqualTo(Indication.FAILED);
        assertGraded(replyOnly, "timestamp", Indication.FAILED, HASH_FAILURE);
        assertGraded(replyOnly, "stored-fields", Indication.FAILED, STORED_FIELD_MISMATCH);
        assertThat(replyAndColumns.verdict()).isEqualTo(Indication.FAILED);
        assertGraded(replyAndColumns, "timestamp", Indication.FAILED, HASH_FAILURE);
        assertThat(replyAndColumns.check("timestamp").reason()).contains("belongs to other bytes");
    }

    @Test
    void failsWhenAByteOfTheTimestampReplyChanged() {
        VerificationReport report = verifyTampered(row -> row.timestampReply[row.timestampReply.length - 10] ^= 0x01);

        assertThat(report.verdict()).isEqualTo(Indication.FAILED);
        assertThat(report.check("timestamp").indication()).isEqualTo(Indication.FAILED);
    }

    @Test
    void failsWhenTheTimestampReplyIsNoReply() {
        VerificationReport report = verifyTampered(row -> row.timestampReply = Arrays.copyOf(row.timestampReply, 20));

        assertGraded(report, "timestamp", Indication.FAILED, FORMAT_FAILURE);
        assertThat(report.verdict()).isEqualTo(Indication.FAILED);
    }

    /** A forger's own TSA, even under the real TSA's name and over the right digest, is not the Access Point's. */
    @Test
    void failsWithATimestampOfAForeignTsa() throws Exception {
        byte[] forged = ForeignTsa.reply(SubmittedNotes.sha256(honest.original()), honest.timestamp().genTime());

        VerificationReport report = verifyTampered(row -> row.timestampReply = forged);

        assertGraded(report, "timestamp", Indication.FAILED, NO_CERTIFICATE_CHAIN_FOUND);
        assertThat(report.verdict()).isEqualTo(Indication.FAILED);
    }

    private static void flipOneCharacterIn(NoteRow row, String part) {
        String compact = new String(row.original, StandardCharsets.US_ASCII);
        int firstDot = compact.indexOf('.');
        int secondDot = compact.indexOf('.', firstDot + 1);
        int at = switch (part) {
            case "header" -> firstDot / 2;
            case "payload" -> (firstDot + secondDot) / 2;
            default -> (secondDot + compact.length()) / 2;
        };
        row.original[at] = (byte) (row.original[at] == 'A' ? 'B' : 'A');
    }
}
