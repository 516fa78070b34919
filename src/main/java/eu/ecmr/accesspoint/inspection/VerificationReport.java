package eu.ecmr.accesspoint.inspection;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A fresh verification of one stored note: each check graded, and the verdict over the counted
 * checks: FAILED if any failed, else INDETERMINATE if any is, else PASSED (the order of
 * ETSI EN 319 102-1 s.5.1.3). Checks not counted are reported, never hidden.
 */
public record VerificationReport(UUID noteId, Indication verdict, List<Check> checks, Instant verifiedAt) {

    public VerificationReport {
        checks = List.copyOf(checks);
    }

    static VerificationReport of(UUID noteId, List<Check> checks, Instant verifiedAt) {
        return new VerificationReport(noteId, verdictOf(checks), checks, verifiedAt);
    }

    static Indication verdictOf(List<Check> checks) {
        List<Indication> counted = checks.stream().filter(Check::counted).map(Check::indication).toList();
        if (counted.contains(Indication.FAILED)) {
            return Indication.FAILED;
        }
        return counted.contains(Indication.INDETERMINATE) ? Indication.INDETERMINATE : Indication.PASSED;
    }

    /** The check of that name; for tests and for clients that show one check. */
    public Check check(String name) {
        return checks.stream().filter(check -> check.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no check named " + name));
    }
}
