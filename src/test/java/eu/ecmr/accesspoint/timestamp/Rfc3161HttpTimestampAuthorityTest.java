package eu.ecmr.accesspoint.timestamp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import eu.ecmr.accesspoint.common.AccessPointException;
import eu.ecmr.accesspoint.common.ProblemKind;

class Rfc3161HttpTimestampAuthorityTest {

    /** Scheduling noise on a busy build machine, on top of the configured worst case. */
    private static final Duration SLACK = Duration.ofSeconds(2);

    private final Clock clock = TestPki.fixedClock();
    private final BuiltInTimestampAuthority builtIn = TestPki.sampleTsa(clock);
    private final byte[] digest = TestPki.sha256("note".getBytes(StandardCharsets.UTF_8));
    private FakeTsaServer server;

    @AfterEach
    void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void returnsTheTsaReplyOnceValidated() throws Exception {
        server = new FakeTsaServer(builtIn, (s, exchange, n) -> FakeTsaServer.send(exchange, 200, s.reply(exchange)));

        TimestampReply reply = client(TestConfigs.HttpSettings.to(server.url())).timestamp(digest);

        assertEquals(clock.instant(), reply.genTime());
        assertEquals(List.of(Rfc3161HttpTimestampAuthority.QUERY_TYPE), server.contentTypes);
        assertEquals(List.of("null"), server.authorizations, "no Authorization header unless configured");
    }

    @Test
    void sendsBasicCredentialsWhenConfigured() throws Exception {
        server = new FakeTsaServer(builtIn, (s, exchange, n) -> FakeTsaServer.send(exchange, 200, s.reply(exchange)));

        client(TestConfigs.HttpSettings.to(server.url()).withCredentials("ap", "secret")).timestamp(digest);

        assertEquals(List.of("Basic YXA6c2VjcmV0"), server.authorizations);
    }

    @Test
    void retriesAfterServerErrors() throws Exception {
        server = new FakeTsaServer(builtIn, (s, exchange, n) -> {
            if (n <= 2) {
                FakeTsaServer.send(exchange, 500, new byte[0]);
            } else {
                FakeTsaServer.send(exchange, 200, s.reply(exchange));
            }
        });

        client(TestConfigs.HttpSettings.to(server.url())).timestamp(digest);

        assertEquals(3, server.hits.get());
    }

    @Test
    void givesUpWhenServerErrorsOutlastTheRetries() throws Exception {
        server = new FakeTsaServer(builtIn, (s, exchange, n) -> FakeTsaServer.send(exchange, 503, new byte[0]));

        assertUnavailable(client(TestConfigs.HttpSettings.to(server.url()).withRetries(1)));
        assertEquals(2, server.hits.get());
    }

    @Test
    void doesNotRetryAClientError() throws Exception {
        server = new FakeTsaServer(builtIn, (s, exchange, n) -> FakeTsaServer.send(exchange, 400, new byte[0]));

        assertUnavailable(client(TestConfigs.HttpSettings.to(server.url())));
        assertEquals(1, server.hits.get());
    }

    @Test
    void reportsAnUnreachableTsaWithinTheConfiguredTime() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        var settings = TestConfigs.HttpSettings.to(URI.create("http://127.0.0.1:" + closedPort + "/tsa"));

        assertUnavailableWithin(settings.worstCase().plus(SLACK), client(settings));
    }

    @Test
    void reportsASilentTsaWithinTheConfiguredTime() throws Exception {
        server = new FakeTsaServer(builtIn, (s, exchange, n) -> s.stall());
        var settings = TestConfigs.HttpSettings.to(server.url());

        assertUnavailableWithin(settings.worstCase().plus(SLACK), client(settings));
        assertEquals(settings.retries() + 1, server.hits.get(), "a timeout is retried");
    }

    @Test
    void refusesAReplayedReplyWithoutRetrying() throws Exception {
        AtomicReference<byte[]> first = new AtomicReference<>();
        server = new FakeTsaServer(builtIn, (s, exchange, n) -> {
            if (n == 1) {
                first.set(s.reply(exchange));
            }
            FakeTsaServer.send(exchange, 200, first.get());
        });
        var tsa = client(TestConfigs.HttpSettings.to(server.url()));
        tsa.timestamp(digest);

        assertCause("nonce", assertUnavailable(tsa));
        assertEquals(2, server.hits.get(), "an invalid reply is not retried");
    }

    @Test
    void refusesGarbage() throws Exception {
        byte[] page = "<html>It works!</html>".getBytes(StandardCharsets.UTF_8);
        server = new FakeTsaServer(builtIn, (s, exchange, n) -> FakeTsaServer.send(exchange, 200, page));

        assertCause("not a TimeStampResp", assertUnavailable(client(TestConfigs.HttpSettings.to(server.url()))));
        assertEquals(1, server.hits.get());
    }

    @Test
    void refusesAnOversizedReply() throws Exception {
        server = new FakeTsaServer(builtIn, (s, exchange, n) -> FakeTsaServer.send(exchange, 200, new byte[1024 * 1024]));

        assertCause("exceeds", assertUnavailable(client(TestConfigs.HttpSettings.to(server.url()))));
        assertEquals(1, server.hits.get());
    }

    @Test
    void failsFastOnceTheBreakerOpens() throws Exception {
        server = new FakeTsaServer(builtIn, (s, exchange, n) -> FakeTsaServer.send(exchange, 500, new byte[0]));
        var tsa = client(TestConfigs.HttpSettings.to(server.url()).withRetries(0).withBreaker(2, Duration.ofMinutes(1)));
        assertUnavailable(tsa);
        assertUnavailable(tsa);

        assertUnavailable(tsa);
        assertEquals(2, server.hits.get(), "the third call never reached the TSA");
    }

    @Test
    void refusesToStartWithoutAUrl() {
        var refusal = assertThrows(IllegalStateException.class, () -> client(TestConfigs.HttpSettings.to(null)));
        assertTrue(refusal.getMessage().contains("ecmr.timestamp.http.url"), refusal.getMessage());
    }

    private Rfc3161HttpTimestampAuthority client(TestConfigs.HttpSettings settings) {
        return new Rfc3161HttpTimestampAuthority(settings, TestPki.sampleValidator(), clock);
    }

    private AccessPointException assertUnavailable(TimestampAuthority tsa) {
        var failure = assertThrows(AccessPointException.class, () -> tsa.timestamp(digest));
        assertEquals(ProblemKind.TIMESTAMP_UNAVAILABLE, failure.kind());
        return failure;
    }

    /** The reason stays in the cause, for the logs; the detail a client sees names none. */
    private static void assertCause(String reason, AccessPointException failure) {
        assertTrue(String.valueOf(failure.getCause()).contains(reason), String.valueOf(failure.getCause()));
        assertFalse(failure.getMessage().contains("127.0.0.1"), failure.getMessage());
    }

    private void assertUnavailableWithin(Duration limit, TimestampAuthority tsa) {
        long started = System.nanoTime();
        assertUnavailable(tsa);
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        assertTrue(took.compareTo(limit) < 0, "took " + took + ", limit " + limit);
    }
}
