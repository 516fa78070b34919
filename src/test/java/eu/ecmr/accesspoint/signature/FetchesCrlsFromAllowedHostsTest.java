package eu.ecmr.accesspoint.signature;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * CRLs from distribution points over real HTTP, from a server on 127.0.0.1: fetched only from
 * allowed hosts, never through a redirect, within the time and size limits, and kept until nextUpdate.
 */
class FetchesCrlsFromAllowedHostsTest {

    private static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");
    /** Generous, as the first exchange of a JVM is slow; only the stalling test waits this long. */
    private static final Duration TIMEOUT = Duration.ofSeconds(2);

    private final MovableClock clock = new MovableClock(NOW);
    private CrlServer server;
    private ThrowawayCa ca;

    @BeforeEach
    void start() throws Exception {
        server = new CrlServer();
        ca = new ThrowawayCa("Publishing CA", NOW);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private RevocationChecker allowing(String... hosts) {
        return new RevocationChecker(List.of(),
                new DistributionPointCrls(List.of(hosts), new CrlHttpClient(TIMEOUT), clock), clock);
    }

    private URI publishing(String path, X509CRL crl) throws Exception {
        byte[] der = crl.getEncoded();
        return server.publish(path, exchange -> CrlServer.send(exchange, 200, der));
    }

    private X509CRL crlRevoking(X509Certificate leaf) throws Exception {
        return ca.crl(NOW.minus(Duration.ofHours(1)), NOW.plus(Duration.ofHours(1)), leaf, NOW.minus(Duration.ofMinutes(30)));
    }

    private static String why(RevocationStatus status) {
        assertThat(status).isInstanceOf(RevocationStatus.Unknown.class);
        return ((RevocationStatus.Unknown) status).why();
    }

    @Test
    void fetchesFromAnAllowedHostAndKeepsTheCrlUntilItsNextUpdate() throws Exception {
        X509Certificate leaf = ca.leaf("Revoked Leaf", server.url("/ca.crl"));
        publishing("/ca.crl", crlRevoking(leaf));
        RevocationChecker checker = allowing("127.0.0.1");

        assertThat(checker.check(leaf, ca.certificate, NOW)).isInstanceOf(RevocationStatus.Revoked.class);
        assertThat(checker.check(leaf, ca.certificate, NOW)).isInstanceOf(RevocationStatus.Revoked.class);
        assertThat(server.hits("/ca.crl")).isEqualTo(1);

        clock.advance(Duration.ofHours(2)); // past nextUpdate: the kept CRL is superseded, so fetch again
        checker.check(leaf, ca.certificate, NOW);
        assertThat(server.hits("/ca.crl")).isEqualTo(2);
    }

    @Test
    void fetchesNothingFromAHostNotOnTheAllowList() throws Exception {
        URI url = server.publish("/ca.crl", exchange -> CrlServer.send(exchange, 200, new byte[0]));
        X509Certificate leaf = ca.leaf("Leaf", url);

        String why = why(allowing("crl.example.org").check(leaf, ca.certificate, NOW));

        assertThat(why).contains(url.toString()).contains("not on the allow-list");
        assertThat(server.hits("/ca.crl")).isZero();
    }

    @Test
    void doesNotFollowARedirect() throws Exception {
        URI url = server.publish("/moved.crl", exchange -> {
            exchange.getResponseHeaders().set("Location", "http://127.0.0.1:1/elsewhere.crl");
            CrlServer.send(exchange, 302, new byte[0]);
        });
        X509Certificate leaf = ca.leaf("Leaf", url);

        assertThat(why(allowing("127.0.0.1").check(leaf, ca.certificate, NOW))).contains("HTTP 302").contains("not followed");
    }

    @Test
    void givesUpOnAnAnswerOverTheSizeCap() throws Exception {
        URI url = server.publish("/huge.crl", exchange -> CrlServer.send(exchange, 200, new byte[CrlHttpClient.MAX_CRL_BYTES + 1]));
        X509Certificate leaf = ca.leaf("Leaf", url);

        assertThat(why(allowing("127.0.0.1").check(leaf, ca.certificate, NOW))).contains("exceeds");
    }

    @Test
    void givesUpAfterTheTimeoutAndDoesNotAskAgainAtOnce() throws Exception {
        URI url = server.publish("/slow.crl", exchange -> {
            try {
                Thread.sleep(TIMEOUT.multipliedBy(3).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        X509Certificate leaf = ca.leaf("Leaf", url);
        RevocationChecker checker = allowing("127.0.0.1");

        assertThat(why(checker.check(leaf, ca.certificate, NOW))).contains("within " + TIMEOUT);
        assertThat(why(checker.check(leaf, ca.certificate, NOW))).contains("not tried again before");
        assertThat(server.hits("/slow.crl")).isEqualTo(1);
    }

    @Test
    void refusesAFetchedCrlSignedByAnotherCa() throws Exception {
        ThrowawayCa stranger = new ThrowawayCa("Stranger", NOW);
        X509Certificate leaf = ca.leaf("Leaf", server.url("/ca.crl"));
        publishing("/ca.crl", stranger.crl(NOW.minus(Duration.ofHours(1)), NOW.plus(Duration.ofHours(1)), null, null));

        assertThat(why(allowing("127.0.0.1").check(leaf, ca.certificate, NOW))).contains("is issued by").contains("Stranger");
    }

    @Test
    void prefersAConfiguredCrlToFetching() throws Exception {
        X509Certificate leaf = ca.leaf("Leaf", server.url("/ca.crl"));
        publishing("/ca.crl", crlRevoking(leaf));
        RevocationChecker checker = new RevocationChecker(List.of(ca.crl(NOW.minus(Duration.ofHours(1)),
                NOW.plus(Duration.ofHours(1)), null, null)),
                new DistributionPointCrls(List.of("127.0.0.1"), new CrlHttpClient(TIMEOUT), clock), clock);

        assertThat(checker.check(leaf, ca.certificate, NOW)).isInstanceOf(RevocationStatus.Good.class);
        assertThat(server.hits("/ca.crl")).isZero();
    }
}
