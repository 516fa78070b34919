package eu.ecmr.accesspoint.crash;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/**
 * Crash consistency of the packaged Access Point: carriers submit signed notes under load while the
 * Access Point is killed with SIGKILL, or PostgreSQL is crashed and restarted, at random moments;
 * after each, every 201 must be there whole and every unknown outcome whole or absent, with
 * nothing half-written anywhere. Runs with {@code ./mvnw verify -Pcrash} (see docs/DURABILITY.md).
 */
class SubmissionsSurviveCrashesIT {

    private static final long RECOVERY_LIMIT_MS = 120_000;

    @Test
    void everyAcknowledgedSubmissionSurvivesKillsAndDatabaseCrashes() throws Exception {
        CrashSettings settings = CrashSettings.fromEnvironment();
        assertThat(settings.jar()).as("the packaged Access Point (./mvnw package)").exists();
        // A fresh work directory: the audit verifier's state of an earlier run (another database) would not match.
        deleteRecursively(settings.workDir());
        Files.createDirectories(settings.workDir());
        System.out.printf("[crash] seed %d (repeat with -Dcrash.seed=%d): %d kills, %d PostgreSQL crashes,"
                + " %d clients%n", settings.seed(), settings.seed(), settings.kills(), settings.pgRestarts(),
                settings.clients());
        long started = System.nanoTime();
        Random random = new Random(settings.seed());
        Ledger ledger = new Ledger();
        try (PrivatePostgres pg = PrivatePostgres.create(settings.pgPort());
                RecordingGate gate = new RecordingGate();
                Keycloak keycloak = Keycloak.ensureRunning(settings, pg.port());
                AccessPointProcess ap = new AccessPointProcess(settings, environment(settings, pg, gate, keycloak))) {
            // Interrupted (Ctrl-C, a CI timeout): leave no Access Point or PostgreSQL running.
            Thread cleanup = new Thread(() -> {
                ap.kill();
                pg.close();
            });
            Runtime.getRuntime().addShutdownHook(cleanup);
            try {
                ap.start();
                NoteChecks notes = new NoteChecks(ap.base(), keycloak::recentToken);
                AuditChecks audit = new AuditChecks(ap.base(), keycloak::recentToken, settings.workDir());
                PdfCopyChecks pdfs = new PdfCopyChecks();
                Set<Submission> foundAfterUnknown = new HashSet<>();
                List<Boolean> plan = plan(settings, random);
                for (int cycle = 1; cycle <= plan.size(); cycle++) {
                    LoadClients clients = new LoadClients(ap.base(), ledger);
                    clients.start(settings.clients(), cycle, settings.seed(), keycloak.token("carrier-a"),
                            keycloak.token("carrier-b"));
                    long load = 300 + random.nextLong(Math.max(1, settings.maxLoad().toMillis() - 300));
                    AccessPointProcess.sleep(load);
                    String what;
                    if (plan.get(cycle - 1)) {
                        ap.kill();
                        clients.stop();
                        what = "Access Point killed";
                        ap.start();
                    } else {
                        long down = 200 + random.nextInt(3000);
                        pg.crash();
                        AccessPointProcess.sleep(down);
                        pg.start();
                        boolean recovered = awaitAcknowledgement(ledger);
                        clients.stop();
                        what = "PostgreSQL crashed for " + down + " ms";
                        if (!recovered) {
                            ledger.anomalies.add("no submission was accepted within " + RECOVERY_LIMIT_MS
                                    + " ms of PostgreSQL's return: the Access Point did not reconnect by itself");
                        }
                    }
                    List<String> problems = new ArrayList<>();
                    List<Submission> sent = ledger.ofCycle(cycle);
                    try (Connection db = pg.connect()) {
                        problems.addAll(Invariants.violations(db));
                        problems.addAll(notes.check(db, sent, foundAfterUnknown));
                        problems.addAll(pdfs.check(db, ledger.pdfsServed));
                    }
                    problems.addAll(audit.check());
                    drainAnomalies(ledger, problems);
                    System.out.printf("[crash] cycle %d/%d: %s after %d ms of load; %d sent, %d acknowledged,"
                            + " %d unknown (%d of them stored); audit log %d entries, %d PDF copies: %s%n", cycle,
                            plan.size(), what, load, sent.size(), sent.stream().filter(Submission::isAcknowledged).count(),
                            sent.stream().filter(s -> !s.isAcknowledged()).count(),
                            sent.stream().filter(foundAfterUnknown::contains).count(), audit.size(), pdfs.count(),
                            problems.isEmpty() ? "consistent" : problems.size() + " PROBLEMS");
                    assertThat(problems).as("cycle %d (seed %d)", cycle, settings.seed()).isEmpty();
                }
                finalChecks(settings, ledger, notes, gate, pg, foundAfterUnknown, started);
            } finally {
                Runtime.getRuntime().removeShutdownHook(cleanup);
                ap.close();
                pg.close(settings.workDir());
            }
        }
    }

    /** Kills and PostgreSQL crashes in a seeded random order. true = kill. */
    private static List<Boolean> plan(CrashSettings settings, Random random) {
        List<Boolean> plan = new ArrayList<>(Collections.nCopies(settings.kills(), true));
        plan.addAll(Collections.nCopies(settings.pgRestarts(), false));
        Collections.shuffle(plan, random);
        return plan;
    }

    /** Once PostgreSQL is back, the Access Point must accept a submission again without being restarted. */
    private static boolean awaitAcknowledgement(Ledger ledger) {
        long before = ledger.answers().getOrDefault("submission 201", 0L);
        long deadline = System.nanoTime() + Duration.ofMillis(RECOVERY_LIMIT_MS).toNanos();
        while (System.nanoTime() < deadline) {
            if (ledger.answers().getOrDefault("submission 201", 0L) > before) {
                return true;
            }
            AccessPointProcess.sleep(100);
        }
        return false;
    }

    /** Every note again, now that all crashes are over, and every acknowledged note delivered to the gate. */
    private static void finalChecks(CrashSettings settings, Ledger ledger, NoteChecks notes, RecordingGate gate,
            PrivatePostgres pg, Set<Submission> foundAfterUnknown, long started) throws Exception {
        List<String> problems = new ArrayList<>();
        try (Connection db = pg.connect()) {
            problems.addAll(Invariants.violations(db));
            problems.addAll(notes.check(db, List.copyOf(ledger.submissions), new HashSet<>()));
        }
        Set<UUID> expected = new HashSet<>();
        ledger.acknowledged().forEach(s -> expected.add(s.id));
        foundAfterUnknown.forEach(s -> expected.add(s.id));
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (!gate.received().containsAll(expected) && System.nanoTime() < deadline) {
            AccessPointProcess.sleep(500);
        }
        Set<UUID> missing = new HashSet<>(expected);
        missing.removeAll(gate.received());
        if (!missing.isEmpty()) {
            problems.add(missing.size() + " stored notes never reached the gate, e.g. " + missing.iterator().next());
        }
        drainAnomalies(ledger, problems);
        Summary summary = new Summary(settings, ledger, foundAfterUnknown.size(), gate.received().size(),
                problems.size(), Duration.ofNanos(System.nanoTime() - started));
        summary.print();
        assertThat(problems).as("after the last cycle (seed %d)", settings.seed()).isEmpty();
    }

    private static void deleteRecursively(java.nio.file.Path dir) throws java.io.IOException {
        if (Files.exists(dir)) {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static void drainAnomalies(Ledger ledger, List<String> problems) {
        for (String a = ledger.anomalies.poll(); a != null; a = ledger.anomalies.poll()) {
            problems.add(a);
        }
    }

    private static Map<String, String> environment(CrashSettings settings, PrivatePostgres pg, RecordingGate gate,
            Keycloak keycloak) {
        return Map.ofEntries(
                Map.entry("QUARKUS_DATASOURCE_JDBC_URL", pg.jdbcUrl(PrivatePostgres.DATABASE)),
                Map.entry("QUARKUS_DATASOURCE_USERNAME", "postgres"),
                Map.entry("QUARKUS_DATASOURCE_PASSWORD", "postgres"),
                Map.entry("QUARKUS_OIDC_AUTH_SERVER_URL", keycloak.issuer()),
                Map.entry("QUARKUS_HTTP_PORT", String.valueOf(settings.apPort())),
                Map.entry("ECMR_PLATFORM_PUBLIC_BASE_URL", "http://127.0.0.1:" + settings.apPort()),
                Map.entry("ECMR_EFTI_GATE_BASE_URL", gate.baseUrl()),
                Map.entry("ECMR_EFTI_OUTBOX_INTERVAL", "1s"),
                Map.entry("ECMR_EFTI_OUTBOX_INITIAL_BACKOFF", "PT0.5S"),
                Map.entry("ECMR_EFTI_OUTBOX_MAX_BACKOFF", "PT2S"),
                // Checkpoints often, so that crashes also fall while one is being written.
                Map.entry("ECMR_AUDIT_CHECKPOINT_EVERY", "PT3S"),
                Map.entry("ECMR_AUDIT_CHECKPOINT_EVERY_ENTRIES", "200"),
                // The checks after each cycle read every note as one auditor, hundreds a second: the
                // per-client rate limit (docs/OVERLOAD.md) is another test's subject, not this one's.
                Map.entry("ECMR_OVERLOAD_RATE_LIMIT_ENABLED", "false"));
    }
}
