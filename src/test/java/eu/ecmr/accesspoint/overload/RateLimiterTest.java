package eu.ecmr.accesspoint.overload;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

/** The token buckets on a hand-moved clock: bursts, refills, clients apart, and a bounded map. */
class RateLimiterTest {

    private final AtomicLong now = new AtomicLong(1_000_000_000L);

    @Test
    void refusesTheRequestAfterTheBurstWithTheWaitForTheNextToken() {
        RateLimiter limiter = new RateLimiter(3, 2.0, 100, now::get);

        for (int i = 0; i < 3; i++) {
            assertThat(limiter.admit("a")).isEmpty();
        }
        assertThat(limiter.admit("a")).contains(Duration.ofMillis(500));
    }

    @Test
    void refillsAtTheConfiguredRateUpToTheBurst() {
        RateLimiter limiter = new RateLimiter(2, 2.0, 100, now::get);
        limiter.admit("a");
        limiter.admit("a");

        now.addAndGet(Duration.ofMillis(500).toNanos());
        assertThat(limiter.admit("a")).isEmpty();
        assertThat(limiter.admit("a")).isPresent();

        now.addAndGet(Duration.ofHours(1).toNanos());
        assertThat(limiter.admit("a")).isEmpty();
        assertThat(limiter.admit("a")).isEmpty();
        assertThat(limiter.admit("a")).isPresent();
    }

    @Test
    void oneClientOverItsRateDoesNotHoldUpAnother() {
        RateLimiter limiter = new RateLimiter(1, 1.0, 100, now::get);
        limiter.admit("a");

        assertThat(limiter.admit("a")).isPresent();
        assertThat(limiter.admit("b")).isEmpty();
    }

    @Test
    void keepsAtMostMaxClientsAndForgetsIdleOnesFirst() {
        RateLimiter limiter = new RateLimiter(2, 1.0, 2, now::get);
        limiter.admit("busy");
        limiter.admit("busy");
        limiter.admit("idle");
        now.addAndGet(Duration.ofSeconds(1).toNanos());   // idle is full again, busy has one token

        limiter.admit("newcomer");

        assertThat(limiter.clients()).isEqualTo(2);
        assertThat(limiter.admit("busy")).isEmpty();
        assertThat(limiter.admit("busy")).as("busy was kept, not given a fresh burst").isPresent();
    }

    @Test
    void dropsBusyClientsOnlyWhenEveryKeptOneIsBusy() {
        RateLimiter limiter = new RateLimiter(1, 0.001, 2, now::get);
        for (int i = 0; i < 50; i++) {
            limiter.admit("client-" + i);
        }

        assertThat(limiter.clients()).isLessThanOrEqualTo(2);
    }
}
