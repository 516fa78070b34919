package eu.ecmr.accesspoint.efti;

import java.util.Optional;
import java.util.UUID;

import eu.ecmr.accesspoint.common.AccessPointException;
import eu.ecmr.accesspoint.common.ProblemKind;

/** Dataset ids as gates send them: a note's UUID, or nothing this platform has. */
final class DatasetIds {

    private DatasetIds() {
    }

    static Optional<UUID> id(String datasetId) {
        try {
            return datasetId == null ? Optional.empty() : Optional.of(UUID.fromString(datasetId.strip()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    static AccessPointException notFound(String datasetId) {
        return AccessPointException.of(ProblemKind.NOTE_NOT_FOUND, "No dataset " + datasetId + " on this platform");
    }
}
