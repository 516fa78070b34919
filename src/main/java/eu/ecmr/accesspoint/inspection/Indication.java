package eu.ecmr.accesspoint.inspection;

/**
 * The main status indication of a validation (ETSI EN 319 102-1 s.5.1.3): PASSED, FAILED, or
 * INDETERMINATE when the information at hand cannot decide between the two.
 */
public enum Indication {
    PASSED,
    FAILED,
    INDETERMINATE
}
