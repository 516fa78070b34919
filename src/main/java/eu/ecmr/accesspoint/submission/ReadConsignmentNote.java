package eu.ecmr.accesspoint.submission;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;

import eu.ecmr.accesspoint.common.AccessPointException;
import eu.ecmr.accesspoint.common.ProblemKind;
import eu.ecmr.accesspoint.document.EcmrDocumentReader;
import eu.ecmr.accesspoint.security.Caller;

/**
 * Finds a note for a caller who may read it. A carrier reads only its own notes; anyone else's
 * note is "not found", never "forbidden", so that its existence does not leak (contract).
 */
@ApplicationScoped
public class ReadConsignmentNote {

    private final ConsignmentNoteStore store;
    private final EcmrDocumentReader reader = new EcmrDocumentReader();

    ReadConsignmentNote(ConsignmentNoteStore store) {
        this.store = store;
    }

    public StoredNote read(Caller caller, UUID id) {
        return store.findById(id)
                .filter(note -> caller.actsFor(note.carrierId()))
                .orElseThrow(() -> AccessPointException.of(ProblemKind.NOTE_NOT_FOUND,
                        "No consignment note " + id + " for this caller"));
    }

    /** The e-CMR document of a note, as its JSON tree exactly as signed. */
    public JsonNode document(StoredNote note) {
        return reader.tree(SignedPayload.of(note.original(), note.serialization()));
    }
}
