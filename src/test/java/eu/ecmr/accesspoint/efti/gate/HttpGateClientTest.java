package eu.ecmr.accesspoint.efti.gate;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;

import eu.ecmr.accesspoint.efti.EftiConfig;
import eu.ecmr.accesspoint.efti.GateException;

/** The one adapter to the gate: its request, its token, its timeouts, and failures as GateException. */
class HttpGateClientTest {

    private static final byte[] XML = "<consignment/>".getBytes(StandardCharsets.UTF_8);
    private WireMockServer gate;

    @BeforeEach
    void start() {
        gate = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        gate.start();
    }

    @AfterEach
    void stop() {
        gate.stop();
    }

    @Test
    void putsTheIdentifiersWithAClientCredentialsToken() {
        gate.stubFor(post(urlEqualTo("/token")).willReturn(okJson("{\"access_token\":\"t0k3n\",\"expires_in\":300}")));
        gate.stubFor(put(urlPathMatching("/gate/v0/consignments/.*")).willReturn(aResponse().withStatus(200)));
        UUID id = UUID.randomUUID();
        HttpGateClient client = new HttpGateClient(config("/gate/", true, Duration.ofSeconds(5)), Clock.systemUTC());
        client.putIdentifiers(id, XML);
        client.putIdentifiers(id, XML);

        gate.verify(2, putRequestedFor(urlEqualTo("/gate/v0/consignments/" + id))
                .withHeader("Authorization", equalTo("Bearer t0k3n"))
                .withHeader("Content-Type", equalTo("application/xml")));
        // RFC 6749 s.4.4: client id and secret in HTTP Basic; the token is kept while it is valid.
        gate.verify(1, postRequestedFor(urlEqualTo("/token"))
                .withHeader("Authorization", equalTo("Basic ZWZ0aS1nYXRlLWRlbW86cyUyNWNyZXQ="))
                .withRequestBody(equalTo("grant_type=client_credentials")));
    }

    @Test
    void anythingButSuccessIsAGateException() {
        gate.stubFor(put(urlPathMatching("/v0/consignments/.*")).willReturn(aResponse().withStatus(400)));
        HttpGateClient client = new HttpGateClient(config("", false, Duration.ofSeconds(5)), Clock.systemUTC());
        assertThatThrownBy(() -> client.putIdentifiers(UUID.randomUUID(), XML)).isInstanceOf(GateException.class)
                .hasMessageContaining("400");
    }

    @Test
    void aSlowGateTimesOut() {
        gate.stubFor(put(urlPathMatching("/v0/consignments/.*"))
                .willReturn(aResponse().withStatus(200).withFixedDelay(3000)));
        HttpGateClient client = new HttpGateClient(config("", false, Duration.ofMillis(300)), Clock.systemUTC());
        long started = System.nanoTime();
        assertThatThrownBy(() -> client.putIdentifiers(UUID.randomUUID(), XML)).isInstanceOf(GateException.class);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void aGateNobodyListensAtIsAGateException() {
        int port = gate.port();
        gate.stop();
        HttpGateClient client = new HttpGateClient(settings(URI.create("http://localhost:" + port), Optional.empty(),
                Duration.ofSeconds(2)), Clock.systemUTC());
        assertThatThrownBy(() -> client.putIdentifiers(UUID.randomUUID(), XML)).isInstanceOf(GateException.class)
                .hasMessageContaining("could not be reached");
    }

    private EftiConfig.Gate config(String path, boolean withToken, Duration timeout) {
        return settings(URI.create(gate.baseUrl() + path),
                withToken ? Optional.of(URI.create(gate.baseUrl() + "/token")) : Optional.empty(), timeout);
    }

    private static EftiConfig.Gate settings(URI base, Optional<URI> tokenUrl, Duration timeout) {
        return new EftiConfig.Gate() {
            @Override
            public Optional<URI> baseUrl() {
                return Optional.of(base);
            }

            @Override
            public Duration connectTimeout() {
                return Duration.ofSeconds(1);
            }

            @Override
            public Duration requestTimeout() {
                return timeout;
            }

            @Override
            public Optional<URI> tokenUrl() {
                return tokenUrl;
            }

            @Override
            public Optional<String> clientId() {
                return tokenUrl.map(u -> "efti-gate-demo");
            }

            @Override
            public Optional<String> clientSecret() {
                return tokenUrl.map(u -> "s%cret");
            }
        };
    }
}
