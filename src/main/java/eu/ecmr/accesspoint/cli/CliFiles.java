package eu.ecmr.accesspoint.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** File reads and writes that fail with a one-line explanation instead of a stack trace. */
final class CliFiles {

    private CliFiles() {
    }

    static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw CliException.usage("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    static void write(Path file, byte[] bytes) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.write(file, bytes);
        } catch (IOException e) {
            throw CliException.usage("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    static void write(Path file, String text) {
        write(file, text.getBytes(StandardCharsets.UTF_8));
    }
}
