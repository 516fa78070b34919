package eu.ecmr.accesspoint.timestamp;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class CircuitBreakerTest {

    private final MovableClock clock = new MovableClock();
    private final CircuitBreaker breaker = new CircuitBreaker(3, Duration.ofSeconds(30), clock);

    @Test
    void opensAfterTheThresholdOfConsecutiveFailures() {
        assertFalse(breaker.recordFailure());
        assertFalse(breaker.recordFailure());
        assertTrue(breaker.allowsCall());

        assertTrue(breaker.recordFailure());
        assertFalse(breaker.allowsCall());
    }

    @Test
    void aSuccessStartsTheCountAgain() {
        breaker.recordFailure();
        breaker.recordFailure();
        breaker.recordSuccess();
        breaker.recordFailure();

        assertTrue(breaker.allowsCall());
    }

    @Test
    void letsCallsThroughAfterTheOpenTimeAndReopensOnTheNextFailure() {
        breaker.recordFailure();
        breaker.recordFailure();
        breaker.recordFailure();
        clock.advance(Duration.ofSeconds(30));
        assertTrue(breaker.allowsCall());

        assertTrue(breaker.recordFailure());
        assertFalse(breaker.allowsCall());
    }

    @Test
    void closesAfterASuccessfulTrial() {
        breaker.recordFailure();
        breaker.recordFailure();
        breaker.recordFailure();
        clock.advance(Duration.ofSeconds(31));
        breaker.recordSuccess();

        assertFalse(breaker.recordFailure());
        assertTrue(breaker.allowsCall());
    }

    private static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2026-01-01T00:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
