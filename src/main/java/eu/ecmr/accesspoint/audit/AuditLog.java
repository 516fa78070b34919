package eu.ecmr.accesspoint.audit;

import java.util.List;

/** The append-only history. Entries are never changed or removed. */
public interface AuditLog {

    /**
     * Appends the event in a transaction of its own and returns once it is committed, so that an
     * answer that depends on it is never sent before the record exists.
     */
    AuditEntry append(AuditEvent event);

    /** Entries matching the query, oldest first. */
    List<AuditEntry> find(AuditQuery query);
}
