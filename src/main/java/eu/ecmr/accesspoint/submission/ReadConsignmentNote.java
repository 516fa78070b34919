package eu.ecmr.accesspoint.submission;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;

import eu.ecmr.accesspoint.audit.AccessLog;
import eu.ecmr.accesspoint.audit.AuditEventType;
import eu.ecmr.accesspoint.common.AccessPointException;
import eu.ecmr.accesspoint.common.ProblemKind;
import eu.ecmr.accesspoint.document.EcmrDocumentReader;
import eu.ecmr.accesspoint.security.Caller;
import eu.ecmr.accesspoint.security.RequestPurpose;

/**
 * Finds a note for a caller who may read it: a carrier only its own notes, anyone else's being
 * "not found", never "forbidden", so that its existence does not leak (contract); inspectors and
 * auditors any note, each of their reads written to the access log before it is answered.
 */
@ApplicationScoped
public class ReadConsignmentNote {

    /** Which representation of a note was read, as the access log names it. */
    public enum Part { NOTE, ORIGINAL, TIMESTAMP, PDF, VERIFICATION, HISTORY, FOLLOW_UPS }

    private final ConsignmentNoteStore store;
    private final AccessLog accessLog;
    private final EcmrDocumentReader reader = new EcmrDocumentReader();

    ReadConsignmentNote(ConsignmentNoteStore store, AccessLog accessLog) {
        this.store = store;
        this.accessLog = accessLog;
    }

    public StoredNote read(Caller caller, UUID id, Part part, RequestPurpose purpose) {
        Optional<StoredNote> note = store.findById(id).filter(n -> caller.isAuthority() || caller.actsFor(n.carrierId()));
        accessLog.authorityAccess(part == Part.VERIFICATION ? AuditEventType.VERIFICATION : AuditEventType.READ,
                caller, purpose, id, Map.of("part", part.name(), "found", note.isPresent()));
        return note.orElseThrow(() -> AccessPointException.of(ProblemKind.NOTE_NOT_FOUND,
                "No consignment note " + id + " for this caller"));
    }

    /** The e-CMR document of a note, as its JSON tree exactly as signed. */
    public JsonNode document(StoredNote note) {
        return reader.tree(SignedPayload.of(note.original(), note.serialization()));
    }
}
