package eu.ecmr.accesspoint.submission;

import java.util.Optional;
import java.util.UUID;

/** Where accepted notes are kept. Notes are never changed once added. */
public interface ConsignmentNoteStore {

    Optional<StoredNote> findById(UUID id);

    Optional<StoredNote> findByCarrierAndNumber(String carrierId, String ecmrNumber);

    /**
     * Adds the note unless its carrier already has a note with its e-CMR number, atomically with
     * respect to concurrent submissions; returns the note that is stored for that pair afterwards.
     */
    StoredNote addIfAbsent(StoredNote note);
}
