package eu.ecmr.accesspoint.submission;

import java.util.Optional;
import java.util.UUID;

/** Where accepted notes are kept. Notes are never changed once added. */
public interface ConsignmentNoteStore {

    Optional<StoredNote> findById(UUID id);

    Optional<StoredNote> findByCarrierAndNumber(String carrierId, String ecmrNumber);

    /**
     * Adds the note in the caller's transaction. Fails when its carrier already has a note with its
     * e-CMR number (the store's unique constraint decides between concurrent submissions), and the
     * transaction is then lost.
     */
    void add(StoredNote note);
}
