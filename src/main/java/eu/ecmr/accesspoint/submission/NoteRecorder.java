package eu.ecmr.accesspoint.submission;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import eu.ecmr.accesspoint.audit.AuditEvent;
import eu.ecmr.accesspoint.audit.AuditEventType;
import eu.ecmr.accesspoint.audit.AuditLog;
import eu.ecmr.accesspoint.security.Caller;
import eu.ecmr.accesspoint.security.RequestPurpose;

/**
 * Stores an accepted note and the audit record of its submission in one transaction: a note is
 * never kept without its history, nor a history entry without its note.
 */
@ApplicationScoped
class NoteRecorder {

    private final ConsignmentNoteStore store;
    private final AuditLog audit;

    NoteRecorder(ConsignmentNoteStore store, AuditLog audit) {
        this.store = store;
        this.audit = audit;
    }

    public void record(StoredNote note, Caller caller, RequestPurpose purpose) {
        audit.appendWith(AuditEvent.of(AuditEventType.SUBMISSION, caller, purpose, note.id(), Map.of(
                "ecmrNumber", note.ecmrNumber(),
                "carrierId", note.carrierId(),
                "payloadDigest", note.payloadDigest(),
                "timestampSerial", note.timestamp().serialNumber())), () -> store.add(note));
    }
}
