package eu.ecmr.accesspoint.inspection;

/**
 * The sub-indications a {@link Check} uses: ETSI EN 319 102-1 s.5.1.3 names where one fits, and
 * one of this Access Point's own, {@link #STORED_FIELD_MISMATCH}, where none does.
 */
public final class SubIndication {

    // FAILED (TOTAL-FAILED)
    public static final String FORMAT_FAILURE = "FORMAT_FAILURE";
    public static final String HASH_FAILURE = "HASH_FAILURE";
    public static final String SIG_CRYPTO_FAILURE = "SIG_CRYPTO_FAILURE";
    public static final String REVOKED = "REVOKED";
    public static final String NOT_YET_VALID = "NOT_YET_VALID";

    // INDETERMINATE
    public static final String NO_SIGNING_CERTIFICATE_FOUND = "NO_SIGNING_CERTIFICATE_FOUND";
    public static final String NO_CERTIFICATE_CHAIN_FOUND = "NO_CERTIFICATE_CHAIN_FOUND";
    public static final String CHAIN_CONSTRAINTS_FAILURE = "CHAIN_CONSTRAINTS_FAILURE";
    public static final String CERTIFICATE_CHAIN_GENERAL_FAILURE = "CERTIFICATE_CHAIN_GENERAL_FAILURE";
    public static final String OUT_OF_BOUNDS_NO_POE = "OUT_OF_BOUNDS_NO_POE";
    public static final String OUT_OF_BOUNDS_NOT_REVOKED = "OUT_OF_BOUNDS_NOT_REVOKED";
    public static final String REVOKED_NO_POE = "REVOKED_NO_POE";
    public static final String TRY_LATER = "TRY_LATER";
    public static final String SIGNED_DATA_NOT_FOUND = "SIGNED_DATA_NOT_FOUND";

    /** Not ETSI's: a column stored beside the original says something the original does not. */
    public static final String STORED_FIELD_MISMATCH = "STORED_FIELD_MISMATCH";

    private SubIndication() {
    }
}
