package eu.ecmr.accesspoint.inspection;

import java.security.MessageDigest;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import eu.ecmr.accesspoint.audit.AuditEntry;
import eu.ecmr.accesspoint.audit.AuditEventType;
import eu.ecmr.accesspoint.audit.AuditLog;
import eu.ecmr.accesspoint.audit.AuditQuery;
import eu.ecmr.accesspoint.audit.CanonicalEntry;
import eu.ecmr.accesspoint.audit.Checkpoint;
import eu.ecmr.accesspoint.audit.Checkpoints;
import eu.ecmr.accesspoint.audit.MerkleProofs;
import eu.ecmr.accesspoint.audit.MerkleTree;
import eu.ecmr.accesspoint.submission.StoredNote;

/**
 * Is the note's submission in the tamper-evident history? Its SUBMISSION entry must name the
 * stored digest, hash to the leaf the tree holds, be proven included (RFC 9162 s.2.1.3) in the
 * current tree, and that tree must agree with the latest signed checkpoint where it covers it.
 */
@ApplicationScoped
public class AuditInclusionCheck {

    static final String NAME = "audit-inclusion";

    private final AuditLog log;
    private final Checkpoints checkpoints;

    AuditInclusionCheck(AuditLog log, Checkpoints checkpoints) {
        this.log = log;
        this.checkpoints = checkpoints;
    }

    Check of(StoredNote note) {
        Optional<AuditEntry> submission = log.find(new AuditQuery(Optional.of(note.id()), Optional.empty(),
                Optional.of(AuditEventType.SUBMISSION), Optional.empty(), Optional.empty(), 0, 1)).stream().findFirst();
        if (submission.isEmpty()) {
            return Check.failed(NAME, "SIGNED_DATA_NOT_FOUND", "the audit log has no record of this note's submission");
        }
        AuditEntry entry = submission.get();
        if (!entry.details().contains("\"payloadDigest\":\"" + note.payloadDigest() + "\"")) {
            return Check.failed(NAME, "HASH_FAILURE", "the submission recorded in entry " + entry.sequence()
                    + " names another digest than the stored note's");
        }
        long size = log.size();
        MerkleTree tree = log.tree();
        long index = entry.sequence() - 1;
        byte[] leaf = CanonicalEntry.leafHash(entry);
        if (!MessageDigest.isEqual(leaf, tree.storedLeafHash(index))) {
            return Check.failed(NAME, "HASH_FAILURE", "entry " + entry.sequence() + " was changed after it was recorded");
        }
        byte[] root = tree.rootHash(size);
        if (!MerkleProofs.verifyInclusion(index, size, leaf, tree.inclusionProof(index, size), root)) {
            return Check.failed(NAME, "HASH_FAILURE", "entry " + entry.sequence() + " is not included in the tree");
        }
        Optional<Checkpoint> latest = checkpoints.latest();
        if (latest.isPresent() && !MessageDigest.isEqual(tree.rootHash(latest.get().treeSize()), latest.get().rootHash())) {
            return Check.failed(NAME, "HASH_FAILURE", "the log no longer matches its signed checkpoint at tree size "
                    + latest.get().treeSize());
        }
        return Check.passed(NAME, "the submission is entry " + entry.sequence() + ", proven included in the audit"
                + " log's tree of " + size + " entries" + latest.map(c -> " that matches the signed checkpoint at "
                        + c.treeSize()).orElse(""));
    }
}
