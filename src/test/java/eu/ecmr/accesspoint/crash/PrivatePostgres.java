package eu.ecmr.accesspoint.crash;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A PostgreSQL cluster of the test's own, in a temporary directory on a port of its own: the
 * machine's shared cluster is never stopped or restarted. Stopped in immediate mode, PostgreSQL
 * exits without a checkpoint and recovers from its WAL at the next start, as after a crash.
 */
final class PrivatePostgres implements AutoCloseable {

    static final String DATABASE = "ecmr_crash";

    private final Path dir;
    private final Path data;
    private final int port;
    private final Path bin;

    private PrivatePostgres(Path dir, int port, Path bin) {
        this.dir = dir;
        this.data = dir.resolve("data");
        this.port = port;
        this.bin = bin;
    }

    static PrivatePostgres create(int port) {
        try {
            Path dir = Files.createTempDirectory("ecmr-crash-pg-");
            PrivatePostgres pg = new PrivatePostgres(dir, port, binaries());
            if ("root".equals(System.getProperty("user.name"))) {
                Commands.run(List.of("chown", "-R", "postgres:postgres", dir.toString()), Map.of(), 30);
            }
            pg.ctl("initdb", List.of(pg.bin.resolve("initdb").toString(), "-D", pg.data.toString(), "-U", "postgres",
                    "-A", "trust", "-E", "UTF8", "--no-sync"));
            pg.start();
            try (Connection c = DriverManager.getConnection(pg.jdbcUrl("postgres"), "postgres", "")) {
                c.createStatement().execute("create database " + DATABASE);
            }
            return pg;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The newest PostgreSQL server binaries of Debian's layout, or {@code CRASH_PG_BIN}. */
    private static Path binaries() throws IOException {
        String configured = System.getenv("CRASH_PG_BIN");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
            return versions.max(Comparator.comparing(p -> Integer.parseInt(p.getFileName().toString())))
                    .map(p -> p.resolve("bin"))
                    .orElseThrow(() -> new IllegalStateException("no PostgreSQL server in /usr/lib/postgresql"));
        }
    }

    int port() {
        return port;
    }

    String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(DATABASE), "postgres", "");
    }

    void start() {
        pgCtl("start", "-w", "-t", "120", "-l", dir.resolve("postgres.log").toString(), "-o",
                "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1");
    }

    /** SIGQUIT to every server process: no checkpoint, no flush; the next start replays the WAL. */
    void crash() {
        pgCtl("stop", "-m", "immediate", "-w", "-t", "60");
    }

    @Override
    public void close() {
        close(null);
    }

    /** Stops the cluster and deletes it, keeping its server log in {@code logDir} if one is given. */
    void close(Path logDir) {
        if (!Files.exists(dir)) {
            return;
        }
        try {
            pgCtl("stop", "-m", "immediate", "-w", "-t", "60");
        } catch (RuntimeException alreadyStopped) {
            // nothing runs: only the directory is left
        }
        try {
            if (logDir != null && Files.exists(dir.resolve("postgres.log"))) {
                Files.copy(dir.resolve("postgres.log"), logDir.resolve("postgres.log"),
                        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void pgCtl(String action, String... options) {
        List<String> command = new java.util.ArrayList<>(List.of(bin.resolve("pg_ctl").toString(), "-D",
                data.toString()));
        command.addAll(List.of(options));
        command.add(action);
        ctl(action, command);
    }

    private void ctl(String what, List<String> command) {
        try {
            Commands.run(Commands.as("postgres", command), Map.of(), 180);
        } catch (IllegalStateException e) {
            throw new IllegalStateException("PostgreSQL " + what + " failed; its log: " + dir.resolve("postgres.log"), e);
        }
    }
}
