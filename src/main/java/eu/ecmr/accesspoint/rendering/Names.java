package eu.ecmr.accesspoint.rendering;

import eu.ecmr.accesspoint.document.EcmrDocument;
import eu.ecmr.accesspoint.signature.JwsSerialization;
import eu.ecmr.accesspoint.submission.StoredNote;

/** File names of the attachments: {@code ecmr-<number>.jws} (or {@code .json}) and {@code ecmr-<number>.tsr}. */
record Names(String original, String timestamp) {

    static Names of(StoredNote note, EcmrDocument document) {
        // e-CMR numbers may hold '/', which a file name cannot.
        String base = "ecmr-" + document.ecmrNumber().replaceAll("[^A-Za-z0-9._-]", "_");
        String extension = note.serialization() == JwsSerialization.COMPACT ? ".jws" : ".json";
        return new Names(base + extension, base + ".tsr");
    }
}
