package eu.ecmr.accesspoint.common.rest;

import eu.ecmr.accesspoint.common.AccessPointException;
import eu.ecmr.accesspoint.common.ProblemKind;

/** Query parameters read by hand, so that a bad one is a 400 problem rather than JAX-RS' bare 404. */
public final class QueryParams {

    private QueryParams() {
    }

    /** A whole number of 0 or more. */
    public static long longValue(String name, String value) {
        try {
            long parsed = Long.parseLong(value.strip());
            if (parsed >= 0) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw AccessPointException.of(ProblemKind.INVALID_PARAMETER, name + " must be a whole number of 0 or more");
    }

    public static int integer(String name, String value, int min, int max) {
        try {
            int parsed = Integer.parseInt(value.strip());
            if (parsed >= min && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw AccessPointException.of(ProblemKind.INVALID_PARAMETER,
                name + " must be a whole number from " + min + " to " + max);
    }
}
