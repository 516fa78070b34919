package eu.ecmr.accesspoint.efti;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** The wait between attempts doubles from the initial back-off up to the maximum, and never stops them. */
class RegistrationBackoffTest {

    private static final Instant T0 = Instant.parse("2026-11-28T08:00:00Z");
    private static final Duration INITIAL = Duration.ofSeconds(10);
    private static final Duration MAX = Duration.ofMinutes(15);

    @Test
    void waitsDoubleUpToTheMaximum() {
        Registration r = new Registration(UUID.randomUUID(), Registration.State.PENDING, 1, null, 0, T0, T0, null,
                null, null);
        long[] expectedSeconds = { 10, 20, 40, 80, 160, 320, 640, 900, 900, 900 };
        for (long seconds : expectedSeconds) {
            r = r.failed(T0, "the gate answered HTTP 503", INITIAL, MAX);
            assertThat(Duration.between(T0, r.nextAttemptAt())).hasSeconds(seconds);
            assertThat(r.state()).isEqualTo(Registration.State.PENDING);
        }
        assertThat(r.attempts()).isEqualTo(expectedSeconds.length);
        for (int i = 0; i < 100; i++) {
            r = r.failed(T0, "still away", INITIAL, MAX);
        }
        assertThat(Duration.between(T0, r.nextAttemptAt())).isEqualTo(MAX);
    }

    @Test
    void deliveredRecordsTheVersionSent() {
        Registration r = new Registration(UUID.randomUUID(), Registration.State.PENDING, 3, 1, 2, T0, T0, T0,
                "the gate answered HTTP 503", null).delivered(T0.plusSeconds(5));
        assertThat(r.state()).isEqualTo(Registration.State.DELIVERED);
        assertThat(r.deliveredVersion()).isEqualTo(3);
        assertThat(r.lastError()).isNull();
        assertThat(r.deliveredAt()).isEqualTo(T0.plusSeconds(5));
    }
}
