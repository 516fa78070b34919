package eu.ecmr.accesspoint.rendering;

import java.util.Optional;
import java.util.UUID;

/** Where rendered PDF copies are kept; a copy, once stored, is never replaced. */
public interface PdfCopyStore {

    Optional<byte[]> find(UUID noteId);

    /**
     * Adds the note's copy in the caller's transaction; fails (at the latest when the transaction
     * commits) if the note has one already, which another instance may have rendered first.
     */
    void add(UUID noteId, byte[] pdf);
}
