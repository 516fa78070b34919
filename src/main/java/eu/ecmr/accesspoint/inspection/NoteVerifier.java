package eu.ecmr.accesspoint.inspection;

import static eu.ecmr.accesspoint.inspection.SubIndication.HASH_FAILURE;

import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import eu.ecmr.accesspoint.common.Digests;
import eu.ecmr.accesspoint.signature.JadesSignatureSteps;
import eu.ecmr.accesspoint.signature.RevocationChecker;
import eu.ecmr.accesspoint.signature.TrustAnchors;
import eu.ecmr.accesspoint.submission.StoredNote;
import eu.ecmr.accesspoint.timestamp.TimestampConfig;
import eu.ecmr.accesspoint.timestamp.TimestampReplyValidator;

/**
 * Verifies a stored note afresh from its stored bytes (the original and the timestamp reply), not
 * from what was stored about them, and checks those stored columns against the bytes. Each check
 * runs on its own, so one failure does not hide another; a check that cannot run for want of what
 * an earlier one could not read says so as INDETERMINATE. Any changed byte or column ends FAILED.
 * Thread-safe.
 */
@ApplicationScoped
public class NoteVerifier {

    static final String STORED_DIGEST = "stored-digest";
    static final String AUDIT_INCLUSION = "audit-inclusion";

    private final JadesSignatureSteps signatureSteps;
    private final CertificateChainChecks chainChecks;
    private final TimestampReplyValidator timestampValidator;
    private final StoredFieldsCheck storedFields = new StoredFieldsCheck();
    private final Clock clock;
    private AuditInclusionCheck auditInclusion;

    @Inject
    NoteVerifier(TrustAnchors signerAnchors, RevocationChecker revocation, TimestampConfig timestampConfig, Clock clock,
            AuditInclusionCheck auditInclusion) {
        this(new JadesSignatureSteps(signerAnchors, revocation),
                TimestampReplyValidator.fromPemFiles(timestampConfig.trustAnchors()), clock);
        this.auditInclusion = auditInclusion;
    }

    public NoteVerifier(JadesSignatureSteps signatureSteps, TimestampReplyValidator timestampValidator, Clock clock) {
        this.signatureSteps = Objects.requireNonNull(signatureSteps);
        this.chainChecks = new CertificateChainChecks(signatureSteps);
        this.timestampValidator = Objects.requireNonNull(timestampValidator);
        this.clock = Objects.requireNonNull(clock);
    }

    public VerificationReport verify(StoredNote note) {
        Instant now = clock.instant();
        byte[] digest = Digests.sha256(note.original());
        OriginalReading original = OriginalReading.of(note.original(), signatureSteps);
        TimestampCheck.Outcome timestamp = TimestampCheck.of(note.timestamp().encoded(), digest, timestampValidator);
        List<Check> checks = List.of(
                storedDigest(note, digest),
                SignatureCheck.of(original, signatureSteps),
                chainChecks.atSigningTime(original),
                chainChecks.now(original, now, timestamp.reply().map(reply -> reply.genTime())),
                timestamp.check(),
                storedFields.of(note, original, timestamp.reply()),
                auditInclusion != null ? auditInclusion.of(note)
                        // Without an audit log (plain unit tests) this check is reported but not counted.
                        : Check.notYetAvailable(AUDIT_INCLUSION, "no audit log is configured, so this note's"
                                + " inclusion in it cannot be checked; this check does not count towards the verdict"));
        return VerificationReport.of(note.id(), checks, now);
    }

    private static Check storedDigest(StoredNote note, byte[] digest) {
        String actual = HexFormat.of().formatHex(digest);
        if (!actual.equals(note.payloadDigest())) {
            return Check.failed(STORED_DIGEST, HASH_FAILURE, "the stored digest is " + note.payloadDigest()
                    + ", but the SHA-256 of the stored original is " + actual);
        }
        return Check.passed(STORED_DIGEST, "the SHA-256 of the stored original equals the stored digest " + actual);
    }
}
