package eu.ecmr.accesspoint.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs the packaged programs (stack script, carrier toolkit, audit verifier) as a user would. */
final class Processes {

    /** A bound, not an expectation: a command that hangs fails the suite instead of stalling CI. */
    private static final long TIMEOUT_MINUTES = 10;

    private Processes() {
    }

    /** What a finished process printed, and its exit code. */
    record Result(int exitCode, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- stdout\n" + out + "\n--- stderr\n" + err;
        }
    }

    /** Runs {@code command} in the project directory and captures its output. */
    static Result run(List<String> command, Map<String, String> environment) {
        try {
            Path out = Files.createTempFile("e2e-out", ".txt");
            Path err = Files.createTempFile("e2e-err", ".txt");
            try {
                ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
                builder.environment().putAll(environment);
                int code = waitFor(builder.start(), command);
                return new Result(code, Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
            } finally {
                Files.deleteIfExists(out);
                Files.deleteIfExists(err);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + command, e);
        }
    }

    /** Runs {@code command} appending its output to {@code log} (the stack script's progress), answering its exit code. */
    static int runLoggingTo(Path log, List<String> command, Map<String, String> environment) {
        try {
            Files.createDirectories(log.toAbsolutePath().getParent());
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            builder.environment().putAll(environment);
            return waitFor(builder.start(), command);
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + command, e);
        }
    }

    static List<String> java(String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of(args));
        return command;
    }

    private static int waitFor(Process process, List<String> command) {
        try {
            if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException(command + " did not finish in " + TIMEOUT_MINUTES + " minutes");
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + command, e);
        }
    }
}
