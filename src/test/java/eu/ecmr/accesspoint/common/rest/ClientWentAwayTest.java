package eu.ecmr.accesspoint.common.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.channels.ClosedChannelException;

import org.junit.jupiter.api.Test;

import io.vertx.core.http.HttpClosedException;

class ClientWentAwayTest {

    @Test
    void recognisesVertxClosingTheConnectionMidBody() {
        assertThat(ProblemMapper.clientWentAway(new RuntimeException(new HttpClosedException("Connection was closed"))))
                .isTrue();
    }

    @Test
    void recognisesTheBlockingBodyReaderFindingTheChannelShut() {
        // What RESTEasy Reactive's VertxInputStream throws when a timed-out client has already gone.
        assertThat(ProblemMapper.clientWentAway(new IOException(new ClosedChannelException()))).isTrue();
    }

    @Test
    void anyOtherFailureIsNotTheClientGoingAway() {
        assertThat(ProblemMapper.clientWentAway(new IOException("disk full"))).isFalse();
        assertThat(ProblemMapper.clientWentAway(new IllegalStateException())).isFalse();
    }
}
