package eu.ecmr.accesspoint.crash;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;

/** The run's result, printed and written to target/crash/summary.txt for docs/DURABILITY.md. */
record Summary(CrashSettings settings, Ledger ledger, int unknownStored, int gateReceived, int problems,
        Duration took) {

    void print() {
        long sent = ledger.submissions.size();
        long acknowledged = ledger.acknowledged().size();
        List<String> lines = List.of(
                "seed: " + settings.seed(),
                "cycles: " + (settings.kills() + settings.pgRestarts()) + " (" + settings.kills()
                        + " SIGKILLs of the Access Point, " + settings.pgRestarts() + " PostgreSQL crashes)",
                "clients: " + settings.clients(),
                "submissions sent: " + sent,
                "acknowledged (201): " + acknowledged,
                "unknown outcome: " + (sent - acknowledged) + " (" + unknownStored + " found stored whole, "
                        + (sent - acknowledged - unknownStored) + " absent without a trace)",
                "notes received by the gate: " + gateReceived,
                "PDF copies served during the run: " + ledger.pdfsServed.size(),
                "answers: " + ledger.answers(),
                "problems found: " + problems,
                "duration: " + took.toSeconds() + " s");
        lines.forEach(l -> System.out.println("[crash] " + l));
        try {
            Files.write(settings.workDir().resolve("summary.txt"), lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
