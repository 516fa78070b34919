package eu.ecmr.accesspoint.crash;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The packaged Access Point ({@code quarkus-run.jar}, prod profile) as a child process: started on
 * the given environment, killed with SIGKILL ({@link Process#destroyForcibly()} on Linux), started
 * again. Each start logs to its own file in the work directory.
 */
final class AccessPointProcess implements AutoCloseable {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(180);

    private final CrashSettings settings;
    private final Map<String, String> env;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private Process process;
    private int starts;

    AccessPointProcess(CrashSettings settings, Map<String, String> env) {
        this.settings = settings;
        this.env = env;
    }

    URI base() {
        return URI.create("http://127.0.0.1:" + settings.apPort());
    }

    void start() {
        Path log = settings.workDir().resolve("access-point-" + (++starts) + ".log");
        ProcessBuilder builder = new ProcessBuilder(command())
                .directory(settings.jar().getParent().toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        // Only what is set here configures it: nothing inherited from the shell (a benchmark's datasource, say).
        builder.environment().keySet().removeIf(name -> name.startsWith("QUARKUS_") || name.startsWith("ECMR_"));
        builder.environment().putAll(demoFiles());
        builder.environment().putAll(env);
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        awaitReady(log);
    }

    /**
     * As scripts/stack.sh starts it: in target/quarkus-app with the AppCDS archive the build made there
     * (the JVM maps it only when started in that directory; scripts/access-point-launch.sh).
     */
    private List<String> command() {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m"));
        Path archive = settings.jar().resolveSibling("app-cds.jsa");
        if (Files.isRegularFile(archive)) {
            command.add("-XX:SharedArchiveFile=" + archive);
        }
        command.addAll(List.of("-jar", settings.jar().toString()));
        return command;
    }

    /** The demo PKI's files, which the configuration names relative to the repository, as absolute paths. */
    private Map<String, String> demoFiles() {
        Path certs = settings.root().resolve("certs-sample");
        return Map.of("ECMR_TRUST_SIGNER_ANCHORS", certs.resolve("root-ca.pem").toString(),
                "ECMR_TRUST_CRL_FILES", certs.resolve("issuing-ca.crl").toString(),
                "ECMR_TIMESTAMP_TRUST_ANCHORS", certs.resolve("root-ca.pem").toString(),
                "ECMR_TIMESTAMP_BUILT_IN_KEYSTORE", certs.resolve("tsa.p12").toString(),
                "ECMR_SEAL_KEYSTORE", certs.resolve("seal.p12").toString());
    }

    private void awaitReady(Path log) {
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        HttpRequest ready = HttpRequest.newBuilder(base().resolve("/q/health/ready")).timeout(Duration.ofSeconds(5))
                .build();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the Access Point exited during start-up:\n" + tail(log));
            }
            try {
                if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(250);
        }
        throw new IllegalStateException("the Access Point was not ready within " + READY_TIMEOUT + ":\n" + tail(log));
    }

    /** SIGKILL: no shutdown hook, no transaction completed, no buffer flushed. */
    void kill() {
        if (process == null) {
            return;
        }
        process.destroyForcibly();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        if (process != null && process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                    kill();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                kill();
            }
        }
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
