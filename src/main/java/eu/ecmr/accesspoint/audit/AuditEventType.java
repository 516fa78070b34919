package eu.ecmr.accesspoint.audit;

/** The kinds of event the Access Point's history records (the contract's Audit section). */
public enum AuditEventType {
    SUBMISSION,
    REFUSAL,
    READ,
    SEARCH,
    VERIFICATION,
    PDF_RENDERING,
    GATE_EXCHANGE,
    FOLLOW_UP,
    STARTUP
}
