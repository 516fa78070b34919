package eu.ecmr.accesspoint.efti;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * An e-FTI gate for the tests (WireMock): takes identifiers with {@code PUT /v0/consignments/{id}}
 * and remembers every request; it can be taken down (503, or connections reset) and brought back.
 */
public class GateDouble implements QuarkusTestResourceLifecycleManager {

    private static final String CONSIGNMENTS = "/v0/consignments/.*";
    private static volatile WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        server.start();
        up();
        return Map.of("ecmr.efti.gate.base-url", server.baseUrl());
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }

    public static void up() {
        server.resetMappings();
        server.stubFor(put(urlPathMatching(CONSIGNMENTS)).willReturn(aResponse().withStatus(200)));
    }

    /** The gate answers 503 Service Unavailable. */
    public static void down() {
        server.resetMappings();
        server.stubFor(put(urlPathMatching(CONSIGNMENTS)).willReturn(aResponse().withStatus(503)));
    }

    /** The gate's connections are reset before it answers. */
    public static void unreachable() {
        server.resetMappings();
        server.stubFor(put(urlPathMatching(CONSIGNMENTS)).willReturn(aResponse()
                .withFault(Fault.CONNECTION_RESET_BY_PEER)));
    }

    /** Every PUT of a dataset's identifiers, whatever the answer. */
    public static List<ServeEvent> puts(UUID datasetId) {
        return server.getAllServeEvents().stream()
                .filter(e -> e.getRequest().getMethod().value().equals("PUT"))
                .filter(e -> e.getRequest().getUrl().equals("/v0/consignments/" + datasetId))
                .toList();
    }

    /** The PUTs the gate confirmed: the identifiers it holds. */
    public static List<ServeEvent> received(UUID datasetId) {
        return puts(datasetId).stream()
                .filter(e -> e.getResponse().getFault() == null && e.getResponse().getStatus() == 200)
                .toList();
    }
}
