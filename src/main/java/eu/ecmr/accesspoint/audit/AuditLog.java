package eu.ecmr.accesspoint.audit;

import java.util.List;

/** The append-only history. Entries are never changed or removed. */
public interface AuditLog {

    /**
     * Appends the event: within the caller's transaction if there is one (so that a note and the
     * record of its submission commit together), otherwise in one of its own that is committed
     * before this returns, so that an answer that depends on it is never sent before the record exists.
     */
    AuditEntry append(AuditEvent event);

    /** Entries matching the query, oldest first. */
    List<AuditEntry> find(AuditQuery query);

    /** The number of entries, which is the size of the Merkle tree over them. */
    long size();

    /** The RFC 9162 tree over the entries, for roots and proofs at any size up to {@link #size()}. */
    MerkleTree tree();
}
