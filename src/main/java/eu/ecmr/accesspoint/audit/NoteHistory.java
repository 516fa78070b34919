package eu.ecmr.accesspoint.audit;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import eu.ecmr.accesspoint.security.Caller;

/**
 * A note's history: everything for an auditor; for the note's own carrier only its submissions,
 * never who inspected it (authorities' controls are not the carrier's to see).
 */
@ApplicationScoped
public class NoteHistory {

    private static final int MAX_ENTRIES = 1000;

    private final AuditLog log;

    NoteHistory(AuditLog log) {
        this.log = log;
    }

    /** The caller has already been shown to be an auditor or the note's carrier. */
    public List<AuditEntry> of(Caller caller, UUID noteId) {
        Optional<AuditEventType> only = caller.hasRole(eu.ecmr.accesspoint.security.Roles.AUDITOR)
                ? Optional.empty() : Optional.of(AuditEventType.SUBMISSION);
        return log.find(new AuditQuery(Optional.of(noteId), Optional.empty(), only, Optional.empty(),
                Optional.empty(), 0, MAX_ENTRIES));
    }
}
