package eu.ecmr.accesspoint.rendering;

import java.util.Optional;
import java.util.UUID;

/** Where rendered PDF copies are kept; a copy, once stored, is never replaced. */
public interface PdfCopyStore {

    Optional<byte[]> find(UUID noteId);

    /** Keeps the copy unless one exists (another instance rendered it first); returns the kept one. */
    byte[] keep(UUID noteId, byte[] pdf);
}
