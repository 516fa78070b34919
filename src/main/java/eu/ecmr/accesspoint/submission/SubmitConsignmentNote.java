package eu.ecmr.accesspoint.submission;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

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
 * timestamp the exact bytes (RFC 3161) and store them. The same bytes again return the first
 * receipt; other bytes under the same e-CMR number are a conflict.
 *
 * <p>There is deliberately no transaction around the whole: the timestamp is obtained before the
 * note is written, so that no database connection waits on a TSA; the store's
 * {@link ConsignmentNoteStore#addIfAbsent} is the one atomic step.
 */
@ApplicationScoped
public class SubmitConsignmentNote {

    private final SignatureVerifier verifier;
    private final TimestampAuthority timestampAuthority;
    private final ConsignmentNoteStore store;
    private final Clock clock;
    private final EcmrDocumentReader reader = new EcmrDocumentReader();

    SubmitConsignmentNote(SignatureVerifier verifier, TimestampAuthority timestampAuthority,
            ConsignmentNoteStore store, Clock clock) {
        this.verifier = verifier;
        this.timestampAuthority = timestampAuthority;
        this.store = store;
        this.clock = clock;
    }

    public SubmissionOutcome submit(SubmissionCommand command) {
        String carrierId = carrierOf(command.caller());
        VerifiedSignature signature = verifier.verify(command.body(), command.serialization());
        EcmrDocument document = reader.read(signature.payload());
        CarrierMatchPolicy.check(carrierId, signature.signer(), document);

        byte[] digest = sha256(command.body());
        String digestHex = HexFormat.of().formatHex(digest);
        var earlier = store.findByCarrierAndNumber(carrierId, document.ecmrNumber());
        if (earlier.isPresent()) {
            return repeated(earlier.get(), digestHex);
        }

        TimestampReply timestamp = timestampAuthority.timestamp(digest);
        StoredNote note = new StoredNote(UUID.randomUUID(), carrierId, document.ecmrNumber(), clock.instant(),
                command.serialization(), command.body().clone(), digestHex, signature.algorithm(),
                signature.signingTime(), signature.signer(), timestamp,
                document.carrier().vehicle().registration(), document.takingOver().date());
        StoredNote stored = store.addIfAbsent(note);
        if (stored.id().equals(note.id())) {
            return new SubmissionOutcome(stored, true);
        }
        return repeated(stored, digestHex);
    }

    private static SubmissionOutcome repeated(StoredNote earlier, String digestHex) {
        if (earlier.hasDigest(digestHex)) {
            return new SubmissionOutcome(earlier, false);
        }
        throw AccessPointException.of(ProblemKind.DUPLICATE_NOTE, "Carrier " + earlier.carrierId()
                + " already has a different note with e-CMR number " + earlier.ecmrNumber() + " (" + earlier.id()
                + "); a correction is a new note with its own number");
    }

    private static String carrierOf(Caller caller) {
        return caller.carrierId().orElseThrow(() -> AccessPointException.of(ProblemKind.FORBIDDEN,
                "The token names no carrier: it needs a carrier_id claim or a configured mapping"));
    }

    static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
