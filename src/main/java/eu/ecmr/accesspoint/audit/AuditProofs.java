package eu.ecmr.accesspoint.audit;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import eu.ecmr.accesspoint.common.AccessPointException;
import eu.ecmr.accesspoint.common.ProblemKind;

/** Tree heads and RFC 9162 proofs for auditors, at any tree size the log has reached. */
@ApplicationScoped
public class AuditProofs {

    /** The root of the tree at a size. */
    public record TreeHead(long treeSize, byte[] rootHash) {
    }

    /** PATH(m, D[n]) for the entry with sequence number m + 1. */
    public record InclusionProof(long sequence, long leafIndex, long treeSize, byte[] leafHash, byte[] rootHash,
            List<byte[]> path) {
    }

    /** PROOF(first, D[second]). */
    public record ConsistencyProof(long firstSize, long secondSize, byte[] firstRoot, byte[] secondRoot,
            List<byte[]> path) {
    }

    private final AuditLog log;

    AuditProofs(AuditLog log) {
        this.log = log;
    }

    public TreeHead head(long treeSize) {
        long size = checkedSize(treeSize);
        return new TreeHead(size, log.tree().withHashesReadAtOnce(tree -> tree.rootHash(size)));
    }

    public InclusionProof inclusion(long sequence, long treeSize) {
        long size = checkedSize(treeSize);
        if (sequence < 1 || sequence > size) {
            throw AccessPointException.of(ProblemKind.INVALID_PARAMETER,
                    "seq must be from 1 to the tree size " + size);
        }
        long index = sequence - 1;
        return log.tree().withHashesReadAtOnce(tree -> new InclusionProof(sequence, index, size,
                tree.storedLeafHash(index), tree.rootHash(size), tree.inclusionProof(index, size)));
    }

    public ConsistencyProof consistency(long first, long second) {
        long size = checkedSize(second);
        if (first < 1 || first > size) {
            throw AccessPointException.of(ProblemKind.INVALID_PARAMETER, "first must be from 1 to second");
        }
        return log.tree().withHashesReadAtOnce(tree -> new ConsistencyProof(first, size, tree.rootHash(first),
                tree.rootHash(size), tree.consistencyProof(first, size)));
    }

    /** 0 means the current size; anything beyond the current size is not a tree that exists. */
    private long checkedSize(long treeSize) {
        long current = log.size();
        if (treeSize == 0) {
            return current;
        }
        if (treeSize < 0 || treeSize > current) {
            throw AccessPointException.of(ProblemKind.INVALID_PARAMETER,
                    "treeSize must be from 1 to the current size " + current);
        }
        return treeSize;
    }
}
