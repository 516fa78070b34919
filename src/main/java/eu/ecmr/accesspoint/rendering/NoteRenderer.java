package eu.ecmr.accesspoint.rendering;

import eu.ecmr.accesspoint.document.EcmrDocument;
import eu.ecmr.accesspoint.submission.StoredNote;

/**
 * Renders an accepted note as a self-verifying PDF copy: the CMR form, the signed original and its
 * timestamp attached, and the Access Point's seal over it all.
 */
public interface NoteRenderer {

    /**
     * @param document the e-CMR document read from {@code note.original()}'s payload
     * @return the sealed PDF/A-3b; the same note gives the same bytes
     * @throws eu.ecmr.accesspoint.common.AccessPointException {@code PDF_TOO_LARGE} if the copy would
     *         exceed the configured number of pages
     */
    byte[] render(StoredNote note, EcmrDocument document);
}
