package eu.ecmr.accesspoint.timestamp;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import org.bouncycastle.tsp.TimeStampRequest;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/** An RFC 3161 TSA on 127.0.0.1 that answers with a real built-in TSA, or misbehaves as told. */
final class FakeTsaServer implements AutoCloseable {

    /** What the server does with the n-th request (n from 1). */
    interface Behaviour {
        void answer(FakeTsaServer server, HttpExchange exchange, int n) throws IOException;
    }

    final AtomicInteger hits = new AtomicInteger();
    final List<String> authorizations = new CopyOnWriteArrayList<>();
    final List<String> contentTypes = new CopyOnWriteArrayList<>();
    private final BuiltInTimestampAuthority tsa;
    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final CountDownLatch released = new CountDownLatch(1);

    FakeTsaServer(BuiltInTimestampAuthority tsa, Behaviour behaviour) throws IOException {
        this.tsa = tsa;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/tsa", exchange -> {
            int n = hits.incrementAndGet();
            authorizations.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
            contentTypes.add(String.valueOf(exchange.getRequestHeaders().getFirst("Content-Type")));
            try (exchange) {
                behaviour.answer(this, exchange, n);
            }
        });
        server.setExecutor(executor);
        server.start();
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/tsa");
    }

    /** A true TSA reply to the request in the exchange. */
    byte[] reply(HttpExchange exchange) throws IOException {
        return tsa.respond(new TimeStampRequest(exchange.getRequestBody().readAllBytes()));
    }

    static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", Rfc3161HttpTimestampAuthority.REPLY_TYPE);
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    /** Holds the exchange open without answering until the server closes. */
    void stall() {
        try {
            released.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        released.countDown();
        server.stop(0);
        executor.shutdownNow();
    }
}
