package eu.ecmr.accesspoint.efti.gate;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import eu.ecmr.accesspoint.efti.EftiConfig;
import eu.ecmr.accesspoint.efti.GateException;

/** An access token for the gate by the client-credentials grant (RFC 6749 s.4.4), kept until shortly before it expires. */
final class ClientCredentials {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration MARGIN = Duration.ofSeconds(30);

    private final URI tokenUrl;
    private final String basic;
    private final Duration timeout;
    private final HttpClient client;
    private final Clock clock;
    private String token;
    private Instant expires = Instant.MIN;

    private ClientCredentials(URI tokenUrl, String clientId, String secret, Duration timeout, HttpClient client,
            Clock clock) {
        this.tokenUrl = tokenUrl;
        // RFC 6749 s.2.3.1: form-encoded id and secret in HTTP Basic.
        this.basic = "Basic " + Base64.getEncoder().encodeToString((form(clientId) + ":" + form(secret))
                .getBytes(StandardCharsets.UTF_8));
        this.timeout = timeout;
        this.client = client;
        this.clock = clock;
    }

    static Optional<ClientCredentials> from(EftiConfig.Gate config, HttpClient client, Clock clock) {
        if (config.tokenUrl().isEmpty()) {
            return Optional.empty();
        }
        if (config.clientId().isEmpty() || config.clientSecret().isEmpty()) {
            throw new IllegalStateException(
                    "ecmr.efti.gate.client-id and .client-secret must be set with ecmr.efti.gate.token-url");
        }
        return Optional.of(new ClientCredentials(config.tokenUrl().get(), config.clientId().get(),
                config.clientSecret().get(), config.requestTimeout(), client, clock));
    }

    synchronized String token() {
        if (token == null || clock.instant().isAfter(expires)) {
            fetch();
        }
        return token;
    }

    synchronized void forget() {
        token = null;
    }

    private void fetch() {
        HttpRequest request = HttpRequest.newBuilder(tokenUrl).timeout(timeout)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Authorization", basic)
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
                .build();
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            JsonNode body = response.statusCode() == 200 ? JSON.readTree(response.body()) : null;
            if (body == null || !body.path("access_token").isTextual()) {
                throw GateException.message("no token for the gate (HTTP " + response.statusCode() + ")", null);
            }
            token = body.get("access_token").asText();
            Duration lifetime = Duration.ofSeconds(body.path("expires_in").asLong(60));
            expires = clock.instant().plus(lifetime.compareTo(MARGIN.multipliedBy(2)) > 0 ? lifetime.minus(MARGIN) : lifetime);
        } catch (IOException e) {
            throw GateException.message("the token endpoint could not be reached: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw GateException.message("interrupted while fetching a token for the gate", e);
        }
    }

    private static String form(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
