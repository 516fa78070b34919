package eu.ecmr.accesspoint.crash;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import com.sun.net.httpserver.HttpServer;

/**
 * An e-FTI gate that accepts every identifier registration ({@code PUT /v0/consignments/{datasetId}})
 * and remembers which datasets it received, so that the test can see every acknowledged note reach
 * the gate across the crashes. It runs in the test's process, which is never killed.
 */
final class RecordingGate implements AutoCloseable {

    private final HttpServer server;
    private final Set<UUID> received = ConcurrentHashMap.newKeySet();

    RecordingGate() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 50);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/v0/consignments/", exchange -> {
            try (exchange) {
                exchange.getRequestBody().readAllBytes();
                String path = exchange.getRequestURI().getPath();
                if ("PUT".equals(exchange.getRequestMethod())) {
                    received.add(UUID.fromString(path.substring(path.lastIndexOf('/') + 1)));
                    exchange.sendResponseHeaders(204, -1);
                } else {
                    exchange.sendResponseHeaders(405, -1);
                }
            }
        });
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    Set<UUID> received() {
        return received;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
