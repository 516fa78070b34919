package eu.ecmr.accesspoint.efti;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import eu.ecmr.accesspoint.security.Caller;
import eu.ecmr.accesspoint.security.RequestPurpose;
import eu.ecmr.accesspoint.submission.ReadConsignmentNote;

/**
 * A note's follow-ups, for whoever may read the note: its carrier, who is meant to act on them,
 * and the authorities (their reads logged like any other read of the note).
 */
@ApplicationScoped
public class ReadFollowUps {

    private final ReadConsignmentNote notes;
    private final FollowUpStore store;

    ReadFollowUps(ReadConsignmentNote notes, FollowUpStore store) {
        this.notes = notes;
        this.store = store;
    }

    public List<FollowUp> of(Caller caller, UUID noteId, RequestPurpose purpose) {
        notes.read(caller, noteId, ReadConsignmentNote.Part.FOLLOW_UPS, purpose);
        return store.of(noteId);
    }
}
