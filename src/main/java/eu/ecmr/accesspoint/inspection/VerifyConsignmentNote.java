package eu.ecmr.accesspoint.inspection;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import eu.ecmr.accesspoint.security.Caller;
import eu.ecmr.accesspoint.security.RequestPurpose;
import eu.ecmr.accesspoint.submission.ReadConsignmentNote;
import eu.ecmr.accesspoint.submission.ReadConsignmentNote.Part;
import eu.ecmr.accesspoint.submission.StoredNote;

/**
 * Re-verifies a note from its stored bytes for a caller who may read it: its carrier, or an
 * authority, whose verification is written to the access log before it is answered.
 */
@ApplicationScoped
public class VerifyConsignmentNote {

    /** The note, and a fresh report on it. */
    public record Verified(StoredNote note, VerificationReport report) {
    }

    private final ReadConsignmentNote read;
    private final NoteVerifier verifier;

    VerifyConsignmentNote(ReadConsignmentNote read, NoteVerifier verifier) {
        this.read = read;
        this.verifier = verifier;
    }

    public Verified verify(Caller caller, UUID id, RequestPurpose purpose) {
        StoredNote note = read.read(caller, id, Part.VERIFICATION, purpose);
        return new Verified(note, verifier.verify(note));
    }
}
