package eu.ecmr.accesspoint.crash;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

/**
 * What the crash test does and where, from system properties {@code crash.<name>} or environment
 * variables {@code CRASH_<NAME>}; every port defaults to a free one, except Keycloak's, which is
 * {@code KEYCLOAK_PORT} as in {@code scripts/stack.sh}.
 *
 * @param seed the random seed of delays and note choices, printed so that a run can be repeated
 * @param kills how many times the Access Point is killed with SIGKILL
 * @param pgRestarts how many times PostgreSQL is stopped (immediate mode, a crash) and started
 * @param clients concurrent submitting clients (half for carrier A, half for carrier B)
 * @param maxLoad the longest time submissions run before a kill or restart (the time is random)
 */
record CrashSettings(long seed, int kills, int pgRestarts, int clients, Duration maxLoad, int apPort,
        int keycloakPort, int pgPort, Path root, Path jar, Path workDir) {

    static CrashSettings fromEnvironment() {
        Path root = Path.of("").toAbsolutePath();
        return new CrashSettings(
                Long.parseLong(setting("seed", String.valueOf(System.nanoTime() & 0xffffffffL))),
                Integer.parseInt(setting("kills", "20")),
                Integer.parseInt(setting("pg-restarts", "4")),
                Integer.parseInt(setting("clients", "4")),
                Duration.ofMillis(Long.parseLong(setting("max-load-ms", "8000"))),
                Integer.parseInt(setting("ap-port", String.valueOf(freePort()))),
                Integer.parseInt(env("KEYCLOAK_PORT", "8180")),
                Integer.parseInt(setting("pg-port", String.valueOf(freePort()))),
                root,
                root.resolve("target/quarkus-app/quarkus-run.jar"),
                root.resolve("target/crash"));
    }

    private static String setting(String name, String fallback) {
        String property = System.getProperty("crash." + name);
        if (property != null && !property.isBlank()) {
            return property.strip();
        }
        return env("CRASH_" + name.toUpperCase(Locale.ROOT).replace('-', '_'), fallback);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value.strip();
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
