package eu.ecmr.accesspoint.inspection;

import static eu.ecmr.accesspoint.inspection.SubIndication.SIGNED_DATA_NOT_FOUND;
import static eu.ecmr.accesspoint.inspection.SubIndication.STORED_FIELD_MISMATCH;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Collects stored-versus-derived comparisons of fields, and grades them as one check. */
final class FieldComparison {

    /** PostgreSQL keeps timestamps to the microsecond; sigT may carry nanoseconds (RFC 3339 allows any fraction). */
    private static final Duration TIMESTAMP_PRECISION = Duration.ofNanos(1_000);

    private final String checkName;
    private final List<String> compared = new ArrayList<>();
    private final List<String> mismatches = new ArrayList<>();
    private final List<String> notCompared = new ArrayList<>();

    FieldComparison(String checkName) {
        this.checkName = checkName;
    }

    void compare(String field, Object stored, Object derived) {
        compared.add(field);
        if (!Objects.equals(stored, derived)) {
            mismatches.add(field + " (stored '" + stored + "', the bytes say '" + derived + "')");
        }
    }

    /** Equal to the microsecond, the database's precision. */
    void compareTimes(String field, Instant stored, Instant derived) {
        boolean equal = stored != null && derived != null
                && Duration.between(stored, derived).abs().compareTo(TIMESTAMP_PRECISION) < 0;
        compare(field, stored, equal ? stored : derived);
    }

    void notCompared(String what) {
        notCompared.add(what);
    }

    Check result() {
        if (!mismatches.isEmpty()) {
            return Check.failed(checkName, STORED_FIELD_MISMATCH, "stored fields differ from what the stored bytes say: "
                    + String.join("; ", mismatches));
        }
        String equal = compared.size() + " stored fields equal what the stored bytes say (" + String.join(", ", compared) + ")";
        if (!notCompared.isEmpty()) {
            return Check.indeterminate(checkName, SIGNED_DATA_NOT_FOUND, equal + ", but these could not be compared: "
                    + String.join("; ", notCompared));
        }
        return Check.passed(checkName, equal);
    }
}
