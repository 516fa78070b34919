package eu.ecmr.accesspoint.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import eu.ecmr.accesspoint.security.Caller;
import eu.ecmr.accesspoint.security.RequestPurpose;
import eu.ecmr.accesspoint.signature.JwsSerialization;
import eu.ecmr.accesspoint.signature.SampleSigner;
import eu.ecmr.accesspoint.support.SampleNotes;
import eu.ecmr.accesspoint.support.TestTokens;

/**
 * How many signed notes a second the submission use case accepts in process (verify, timestamp with
 * the built-in TSA, store in PostgreSQL), with concurrent callers and no HTTP: run once with the
 * audit log as it is and once with it replaced ({@link WithoutAuditLogBenchmark}), the difference is
 * what the audit log costs each submission. Speed is measured here, never asserted. Run by
 * {@code bench/run-audit.sh}; on its own: {@code ./mvnw test -Dbench=submission
 * -Dtest='*ThroughputBenchmark,WithoutAuditLogBenchmark'}.
 */
@EnabledIfSystemProperty(named = "bench", matches = "submission")
abstract class SubmissionThroughputBenchmark {

    @Inject
    SubmitConsignmentNote submit;

    abstract String label();

    @Test
    void measure() throws Exception {
        int warmup = Integer.getInteger("bench.warmup", 1000);
        int notes = Integer.getInteger("bench.notes", 4000);
        int threads = Integer.getInteger("bench.threads", 8);
        Caller carrier = new Caller("carrier-a", Set.of("carrier"), Optional.of(TestTokens.CARRIER_A), Optional.empty());
        List<byte[]> bodies = new ArrayList<>(warmup + notes);
        SampleSigner signer = SampleSigner.carrierA();
        for (int i = 0; i < warmup + notes; i++) {
            bodies.add(signer.sign(SampleNotes.document()).getBytes(StandardCharsets.US_ASCII));
        }

        run(carrier, bodies.subList(0, warmup), threads);
        long cpu0 = processCpuNanos();
        long t0 = System.nanoTime();
        run(carrier, bodies.subList(warmup, warmup + notes), threads);
        double seconds = (System.nanoTime() - t0) / 1e9;
        double cpuSeconds = (processCpuNanos() - cpu0) / 1e9;

        String json = String.format(java.util.Locale.ROOT,
                "{\"label\":\"%s\",\"notes\":%d,\"threads\":%d,\"seconds\":%.3f,\"perSecond\":%.1f,"
                        + "\"processCpuMsPerNote\":%.3f}%n",
                label(), notes, threads, seconds, notes / seconds, cpuSeconds * 1000 / notes);
        System.out.print("[bench] " + json);
        Path out = Path.of("target/bench/submission-" + label() + ".json");
        Files.createDirectories(out.getParent());
        Files.writeString(out, json);
    }

    private void run(Caller carrier, List<byte[]> bodies, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicInteger next = new AtomicInteger();
        List<Future<Integer>> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            workers.add(pool.submit(() -> {
                int created = 0;
                for (int i = next.getAndIncrement(); i < bodies.size(); i = next.getAndIncrement()) {
                    SubmissionOutcome outcome = submit.submit(new SubmissionCommand(carrier, bodies.get(i),
                            JwsSerialization.COMPACT, new RequestPurpose(UUID.randomUUID().toString(), Optional.empty())));
                    created += outcome.created() ? 1 : 0;
                }
                return created;
            }));
        }
        int created = 0;
        for (Future<Integer> worker : workers) {
            created += worker.get();
        }
        pool.shutdown();
        assertThat(created).isEqualTo(bodies.size());
    }

    private static long processCpuNanos() throws IOException {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }
}
