package eu.ecmr.accesspoint.overload;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InFlightLimitTest {

    @Test
    void refusesBeyondItsBoundAndAdmitsAgainOnceReleased() {
        InFlightLimit limit = new InFlightLimit("submissions", 2);

        assertThat(limit.tryAcquire()).isTrue();
        assertThat(limit.tryAcquire()).isTrue();
        assertThat(limit.tryAcquire()).isFalse();
        assertThat(limit.tryAcquire()).as("a refusal takes nothing").isFalse();

        limit.release();
        assertThat(limit.tryAcquire()).isTrue();
    }
}
