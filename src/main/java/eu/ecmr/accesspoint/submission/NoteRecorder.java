package eu.ecmr.accesspoint.submission;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import eu.ecmr.accesspoint.audit.AuditEvent;
import eu.ecmr.accesspoint.audit.AuditEventType;
import eu.ecmr.accesspoint.audit.AuditLog;
import eu.ecmr.accesspoint.efti.GateRegistration;
import eu.ecmr.accesspoint.security.Caller;
import eu.ecmr.accesspoint.security.RequestPurpose;

/**
 * Stores an accepted note and the audit record of its submission in one transaction: a note is
 * never kept without its history, nor a history entry without its note. Its registration with the
 * e-FTI gate joins the same transaction (an outbox row), so that no accepted note misses the gate.
 */
@ApplicationScoped
class NoteRecorder {

    private final ConsignmentNoteStore store;
    private final AuditLog audit;
    private final GateRegistration gate;

    NoteRecorder(ConsignmentNoteStore store, AuditLog audit, GateRegistration gate) {
        this.store = store;
        this.audit = audit;
        this.gate = gate;
    }

    public void record(StoredNote note, Caller caller, RequestPurpose purpose) {
        audit.appendWith(AuditEvent.of(AuditEventType.SUBMISSION, caller, purpose, note.id(), Map.of(
                "ecmrNumber", note.ecmrNumber(),
                "carrierId", note.carrierId(),
                "payloadDigest", note.payloadDigest(),
                "timestampSerial", note.timestamp().serialNumber())), () -> {
                    store.add(note);
                    gate.noteAccepted(note);
                });
    }
}
