package eu.ecmr.accesspoint.security;

/** The realm roles of the contract. */
public final class Roles {

    public static final String CARRIER = "carrier";
    public static final String INSPECTOR = "inspector";
    public static final String AUDITOR = "auditor";
    /** An e-FTI gate: fetches notes and sends follow-ups for the authorities behind it. */
    public static final String GATE = "gate";

    private Roles() {
    }
}
