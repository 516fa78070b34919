package eu.ecmr.accesspoint.audit;

import java.util.List;

/** The append-only history. Entries are never changed or removed. */
public interface AuditLog {

    /**
     * Appends the event: within the caller's transaction if there is one, otherwise committed
     * before this returns, so that an answer that depends on it is never sent before the record exists.
     */
    AuditEntry append(AuditEvent event);

    /**
     * Appends the event and runs {@code alongside} (which stores what the event records, such as
     * an accepted note) in the same transaction: both are committed before this returns, or neither.
     * An exception from {@code alongside} is rethrown as it is.
     */
    AuditEntry appendWith(AuditEvent event, Runnable alongside);

    /** Entries matching the query, oldest first. */
    List<AuditEntry> find(AuditQuery query);

    /** The number of entries, which is the size of the Merkle tree over them. */
    long size();

    /** The RFC 9162 tree over the entries, for roots and proofs at any size up to {@link #size()}. */
    MerkleTree tree();
}
