package eu.ecmr.accesspoint.efti;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * The registration of a note's identifiers with the gate, as the outbox keeps it. {@code version}
 * counts the states to deliver; only the latest is ever sent, so an older state never arrives after
 * a newer one. Delivered once {@code deliveredVersion} equals {@code version}.
 */
public record Registration(
        UUID datasetId,
        State state,
        int version,
        Integer deliveredVersion,
        int attempts,
        Instant createdAt,
        Instant nextAttemptAt,
        Instant lastAttemptAt,
        String lastError,
        Instant deliveredAt) {

    public enum State { PENDING, DELIVERED }

    public Registration delivered(Instant at) {
        return new Registration(datasetId, State.DELIVERED, version, version, attempts + 1, createdAt, nextAttemptAt,
                at, null, at);
    }

    /** Failed again: the wait before the next attempt doubles from {@code initial} up to {@code max}. */
    public Registration failed(Instant at, String error, Duration initial, Duration max) {
        int failures = attempts + 1;
        Duration wait = initial.multipliedBy(1L << Math.min(failures - 1, 30));
        if (wait.compareTo(max) > 0 || wait.isNegative()) {
            wait = max;
        }
        String shortError = error == null ? null : error.length() > 500 ? error.substring(0, 500) : error;
        return new Registration(datasetId, State.PENDING, version, deliveredVersion, failures, createdAt,
                at.plus(wait), at, shortError, deliveredAt);
    }
}
