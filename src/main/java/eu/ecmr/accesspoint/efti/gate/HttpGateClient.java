package eu.ecmr.accesspoint.efti.gate;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

import eu.ecmr.accesspoint.efti.EftiConfig;
import eu.ecmr.accesspoint.efti.GateClient;
import eu.ecmr.accesspoint.efti.GateException;

/**
 * The gate over HTTP ({@code gate-api-for-platform.yaml}): the one adapter for it, with connect and
 * request timeouts, an OAuth 2.0 client-credentials token when one is configured, and every failure
 * as a {@link GateException}. Retries are the outbox's, across transactions, never here.
 */
public final class HttpGateClient implements GateClient {

    private final URI baseUrl;
    private final Duration requestTimeout;
    private final HttpClient client;
    private final Optional<ClientCredentials> credentials;

    public HttpGateClient(EftiConfig.Gate config, Clock clock) {
        this.baseUrl = config.baseUrl().orElseThrow(() -> new IllegalStateException("ecmr.efti.gate.base-url is not set"));
        if (!"http".equals(baseUrl.getScheme()) && !"https".equals(baseUrl.getScheme())) {
            throw new IllegalStateException("ecmr.efti.gate.base-url must be an http or https URL");
        }
        this.requestTimeout = config.requestTimeout();
        this.client = HttpClient.newBuilder()
                .connectTimeout(config.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        this.credentials = ClientCredentials.from(config, client, clock);
    }

    @Override
    public void putIdentifiers(UUID datasetId, byte[] identifiersXml) {
        String base = baseUrl.toString().replaceAll("/+$", "");
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "/v0/consignments/" + datasetId))
                .timeout(requestTimeout)
                .header("Content-Type", "application/xml")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(identifiersXml));
        credentials.ifPresent(c -> request.header("Authorization", "Bearer " + c.token()));
        HttpResponse<Void> response;
        try {
            response = client.send(request.build(), HttpResponse.BodyHandlers.discarding());
        } catch (IOException e) {
            throw GateException.message("the gate could not be reached: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw GateException.message("interrupted while calling the gate", e);
        }
        if (response.statusCode() == 401) {
            credentials.ifPresent(ClientCredentials::forget);
        }
        if (response.statusCode() / 100 != 2) {
            throw GateException.status(response.statusCode());
        }
    }
}
