package eu.ecmr.accesspoint.submission;

import java.time.Clock;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import eu.ecmr.accesspoint.common.Digests;
import eu.ecmr.accesspoint.audit.AuditEvent;
import eu.ecmr.accesspoint.audit.AuditEventType;
import eu.ecmr.accesspoint.audit.AuditLog;
import eu.ecmr.accesspoint.common.AccessPointException;
import eu.ecmr.accesspoint.common.ProblemKind;
import eu.ecmr.accesspoint.document.EcmrDocument;
import eu.ecmr.accesspoint.document.EcmrDocumentReader;
import eu.ecmr.accesspoint.security.Caller;
import eu.ecmr.accesspoint.signature.SignatureVerifier;
import eu.ecmr.accesspoint.signature.VerifiedSignature;
import eu.ecmr.accesspoint.timestamp.TimestampAuthority;
import eu.ecmr.accesspoint.timestamp.TimestampReply;

/**
 * Accepts a carrier's signed e-CMR: verify the signature, read the document, match the carriers,
 * timestamp the exact bytes (RFC 3161) and store them with the record of their submission. The
 * same bytes again return the first receipt; other bytes under the same e-CMR number are a
 * conflict; every refusal is recorded too (its digest and reason, never its content).
 *
 * <p>The timestamp is obtained before the transaction that stores the note, so that no database
 * connection waits on a TSA; {@link NoteRecorder} is the one atomic step.
 */
@ApplicationScoped
public class SubmitConsignmentNote {

    private static final Logger LOG = Logger.getLogger(SubmitConsignmentNote.class);

    private final SignatureVerifier verifier;
    private final TimestampAuthority timestampAuthority;
    private final ConsignmentNoteStore store;
    private final NoteRecorder recorder;
    private final AuditLog audit;
    private final Clock clock;
    private final EcmrDocumentReader reader = new EcmrDocumentReader();

    SubmitConsignmentNote(SignatureVerifier verifier, TimestampAuthority timestampAuthority,
            ConsignmentNoteStore store, NoteRecorder recorder, AuditLog audit, Clock clock) {
        this.verifier = verifier;
        this.timestampAuthority = timestampAuthority;
        this.store = store;
        this.recorder = recorder;
        this.audit = audit;
        this.clock = clock;
    }

    public SubmissionOutcome submit(SubmissionCommand command) {
        try {
            return accept(command);
        } catch (AccessPointException refusal) {
            recordRefusal(command, refusal);
            throw refusal;
        }
    }

    private SubmissionOutcome accept(SubmissionCommand command) {
        String carrierId = carrierOf(command.caller());
        VerifiedSignature signature = verifier.verify(command.body(), command.serialization());
        EcmrDocument document = reader.read(signature.payload());
        CarrierMatchPolicy.check(carrierId, signature.signer(), document);

        byte[] digest = Digests.sha256(command.body());
        String digestHex = HexFormat.of().formatHex(digest);
        var earlier = store.findByCarrierAndNumber(carrierId, document.ecmrNumber());
        if (earlier.isPresent()) {
            return repeated(command, earlier.get(), digestHex);
        }

        TimestampReply timestamp = timestampAuthority.timestamp(digest);
        StoredNote note = new StoredNote(UUID.randomUUID(), carrierId, document.ecmrNumber(), clock.instant(),
                command.serialization(), command.body().clone(), digestHex, signature.algorithm(),
                signature.signingTime(), signature.signer(), timestamp,
                document.carrier().vehicle().registration(), document.takingOver().date());
        try {
            recorder.record(note, command.caller(), command.purpose());
            return new SubmissionOutcome(note, true);
        } catch (RuntimeException lostRace) {
            // A concurrent submission under the same number won; its row decides between 200 and 409.
            StoredNote winner = store.findByCarrierAndNumber(carrierId, document.ecmrNumber())
                    .orElseThrow(() -> lostRace);
            return repeated(command, winner, digestHex);
        }
    }

    private SubmissionOutcome repeated(SubmissionCommand command, StoredNote earlier, String digestHex) {
        if (!earlier.hasDigest(digestHex)) {
            throw AccessPointException.of(ProblemKind.DUPLICATE_NOTE, "Carrier " + earlier.carrierId()
                    + " already has a different note with e-CMR number " + earlier.ecmrNumber() + " ("
                    + earlier.id() + "); a correction is a new note with its own number");
        }
        audit.append(AuditEvent.of(AuditEventType.SUBMISSION, command.caller(), command.purpose(), earlier.id(),
                Map.of("ecmrNumber", earlier.ecmrNumber(), "payloadDigest", digestHex, "repeated", true)));
        return new SubmissionOutcome(earlier, false);
    }

    /** Best effort: a refusal is answered even when it cannot be recorded, since nothing was stored. */
    private void recordRefusal(SubmissionCommand command, AccessPointException refusal) {
        try {
            audit.append(AuditEvent.of(AuditEventType.REFUSAL, command.caller(), command.purpose(), null, Map.of(
                    "problemType", refusal.kind().type(),
                    "reason", String.valueOf(refusal.getMessage()),
                    "bodyDigest", HexFormat.of().formatHex(Digests.sha256(command.body())),
                    "bodyLength", command.body().length)));
        } catch (RuntimeException e) {
            LOG.errorf(e, "Could not record the refusal (%s) of request %s", refusal.kind(),
                    command.purpose().requestId());
        }
    }

    private static String carrierOf(Caller caller) {
        return caller.carrierId().orElseThrow(() -> AccessPointException.of(ProblemKind.FORBIDDEN,
                "The token names no carrier: it needs a carrier_id claim or a configured mapping"));
    }
}
