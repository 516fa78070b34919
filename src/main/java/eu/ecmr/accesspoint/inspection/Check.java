package eu.ecmr.accesspoint.inspection;

import java.util.Objects;

/**
 * One graded check of a note's verification.
 *
 * @param name          stable, for clients to switch on: {@code stored-digest}, {@code signature}, ...
 * @param subIndication an ETSI EN 319 102-1 s.5.1.3 name, see {@link SubIndication}; null when PASSED
 *                      and for a check that is not yet available
 * @param reason        plain English for an inspector, never empty
 * @param counted       whether the check counts towards the verdict; false only for a check whose
 *                      means do not exist yet (the audit log), so that an honest note is not held
 *                      INDETERMINATE by a feature the Access Point lacks
 */
public record Check(String name, Indication indication, String subIndication, String reason, boolean counted) {

    public Check {
        Objects.requireNonNull(name);
        Objects.requireNonNull(indication);
        Objects.requireNonNull(reason);
    }

    static Check passed(String name, String reason) {
        return new Check(name, Indication.PASSED, null, reason, true);
    }

    static Check failed(String name, String subIndication, String reason) {
        return new Check(name, Indication.FAILED, subIndication, reason, true);
    }

    static Check indeterminate(String name, String subIndication, String reason) {
        return new Check(name, Indication.INDETERMINATE, subIndication, reason, true);
    }

    /** INDETERMINATE and not counted: the means for this check do not exist yet. */
    static Check notYetAvailable(String name, String reason) {
        return new Check(name, Indication.INDETERMINATE, null, reason, false);
    }
}
