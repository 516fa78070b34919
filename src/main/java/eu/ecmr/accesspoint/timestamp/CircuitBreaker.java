package eu.ecmr.accesspoint.timestamp;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * After {@code failureThreshold} consecutive failures, refuses calls for {@code openFor}; then lets calls
 * through again, and one more failure opens it at once. Spares requests the wait for a TSA that is down.
 */
final class CircuitBreaker {

    private final int failureThreshold;
    private final Duration openFor;
    private final Clock clock;
    private int consecutiveFailures;
    private Instant openUntil = Instant.MIN;

    CircuitBreaker(int failureThreshold, Duration openFor, Clock clock) {
        if (failureThreshold < 1 || openFor.isNegative()) {
            throw new IllegalArgumentException("The circuit breaker needs a threshold >= 1 and a non-negative open time");
        }
        this.failureThreshold = failureThreshold;
        this.openFor = openFor;
        this.clock = clock;
    }

    synchronized boolean allowsCall() {
        return !clock.instant().isBefore(openUntil);
    }

    synchronized void recordSuccess() {
        consecutiveFailures = 0;
        openUntil = Instant.MIN;
    }

    /** @return true if this failure opened the breaker */
    synchronized boolean recordFailure() {
        consecutiveFailures++;
        if (consecutiveFailures >= failureThreshold) {
            openUntil = clock.instant().plus(openFor);
            return true;
        }
        return false;
    }
}
