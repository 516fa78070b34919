package eu.ecmr.accesspoint.crash;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;

import eu.ecmr.accesspoint.common.Digests;
import eu.ecmr.accesspoint.signature.SampleSigner;
import eu.ecmr.accesspoint.support.SampleNotes;
import eu.ecmr.accesspoint.support.TestTokens;

/**
 * Concurrent carriers' clients, each sending signed notes with unique e-CMR numbers as fast as they
 * are answered, and now and then asking for the PDF copy of one of its acknowledged notes (which
 * renders and keeps it the first time), until stopped. Every answer goes into the {@link Ledger}.
 */
final class LoadClients {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SampleSigner CARRIER_A = SampleSigner.carrierA();
    private static final SampleSigner CARRIER_B = SampleSigner.carrierB();

    private final URI base;
    private final Ledger ledger;
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean running = true;

    LoadClients(URI base, Ledger ledger) {
        this.base = base;
        this.ledger = ledger;
    }

    void start(int clients, int cycle, long seed, String tokenA, String tokenB) {
        for (int c = 0; c < clients; c++) {
            boolean a = c % 2 == 0;
            Client client = new Client(cycle, c, new Random(seed * 31 + cycle * 1009L + c), a ? "carrier-a" : "carrier-b",
                    a ? TestTokens.CARRIER_A : TestTokens.CARRIER_B, a ? CARRIER_A : CARRIER_B, a ? tokenA : tokenB);
            Thread thread = new Thread(client::run, "crash-client-" + c);
            threads.add(thread);
            thread.start();
        }
    }

    /** Stops sending; requests in flight end with their answer or their broken connection. */
    void stop() {
        running = false;
        for (Thread thread : threads) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private final class Client {

        private final int cycle;
        private final int number;
        private final Random random;
        private final String user;
        private final String carrierId;
        private final SampleSigner signer;
        private final String token;
        private final List<UUID> mine = new ArrayList<>();
        private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2)).build();

        Client(int cycle, int number, Random random, String user, String carrierId, SampleSigner signer, String token) {
            this.cycle = cycle;
            this.number = number;
            this.random = random;
            this.user = user;
            this.carrierId = carrierId;
            this.signer = signer;
            this.token = token;
        }

        void run() {
            for (int i = 0; running; i++) {
                if (!mine.isEmpty() && random.nextInt(8) == 0) {
                    fetchPdf(mine.get(random.nextInt(mine.size())));
                } else {
                    submit("CR" + cycle + "-" + number + "-" + i + "-" + Long.toHexString(random.nextLong() & 0xffffffL));
                }
            }
        }

        private void submit(String ecmrNumber) {
            byte[] document = carrierId.equals(TestTokens.CARRIER_A)
                    ? SampleNotes.document(d -> d.put("ecmrNumber", ecmrNumber))
                    : SampleNotes.forCarrierB(d -> d.put("ecmrNumber", ecmrNumber));
            byte[] body = signer.sign(document).getBytes(StandardCharsets.US_ASCII);
            Submission submission = new Submission(cycle, user, carrierId, ecmrNumber, body);
            ledger.submissions.add(submission);
            HttpRequest request = HttpRequest.newBuilder(base.resolve("/api/v1/consignment-notes"))
                    .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/jose").POST(HttpRequest.BodyPublishers.ofByteArray(body))
                    .build();
            HttpResponse<String> response = send(request, "submission");
            if (response == null) {
                return;
            }
            if (response.statusCode() == 201) {
                submission.acknowledged(UUID.fromString(field(response.body(), "id")));
                mine.add(submission.id);
            } else if (!isProblem503(response)) {
                ledger.anomalies.add("submission " + ecmrNumber + " answered " + response.statusCode() + " "
                        + response.headers().firstValue("Content-Type").orElse("") + ": " + response.body());
            } else {
                pause(200);
            }
        }

        private void fetchPdf(UUID id) {
            HttpRequest request = HttpRequest.newBuilder(base.resolve("/api/v1/consignment-notes/" + id + "/pdf"))
                    .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + token).GET().build();
            HttpResponse<byte[]> response = sendBytes(request);
            if (response == null) {
                return;
            }
            ledger.answered("pdf " + response.statusCode());
            if (response.statusCode() == 200) {
                ledger.pdfsServed.merge(id, HexFormat.of().formatHex(Digests.sha256(response.body())),
                        (was, now) -> was.equals(now) ? was : was + " then " + now);
            } else if (!isProblem503(response)) {
                ledger.anomalies.add("PDF of " + id + " answered " + response.statusCode());
            }
        }

        private HttpResponse<String> send(HttpRequest request, String what) {
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                ledger.answered(what + " " + response.statusCode());
                return response;
            } catch (IOException broken) {
                ledger.answered(what + " connection broken");
                pause(100);
                return null;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        }

        private HttpResponse<byte[]> sendBytes(HttpRequest request) {
            try {
                return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            } catch (IOException broken) {
                ledger.answered("pdf connection broken");
                return null;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        }
    }

    static boolean isProblem503(HttpResponse<?> response) {
        return response.statusCode() == 503
                && response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json");
    }

    static String field(String json, String name) {
        try {
            return JSON.readTree(json).get(name).asText();
        } catch (IOException e) {
            throw new IllegalStateException("not JSON: " + json, e);
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
