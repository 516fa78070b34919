package eu.ecmr.accesspoint.audit.verifier;

import java.util.ArrayList;
import java.util.List;

import eu.ecmr.accesspoint.audit.MerkleTree;

/**
 * The RFC 9162 root of a log read once from start to end: keeps only the hashes of the complete
 * subtrees at the right edge (at most log2 n of them), so a verifier holds O(log n) memory.
 */
final class CompactRange {

    /** Complete subtree hashes, largest (leftmost) first; their sizes are the set bits of {@code size}. */
    private final List<byte[]> hashes = new ArrayList<>();
    private long size;

    void append(byte[] leafHash) {
        byte[] hash = leafHash;
        long s = size;
        while ((s & 1) == 1) {
            hash = MerkleTree.nodeHash(hashes.remove(hashes.size() - 1), hash);
            s >>= 1;
        }
        hashes.add(hash);
        size++;
    }

    long size() {
        return size;
    }

    /** MTH(D[0:size]): the subtrees folded right to left (RFC 9162 s.2.1.1 splits the same way). */
    byte[] root() {
        if (hashes.isEmpty()) {
            return emptyRoot();
        }
        byte[] root = hashes.get(hashes.size() - 1);
        for (int i = hashes.size() - 2; i >= 0; i--) {
            root = MerkleTree.nodeHash(hashes.get(i), root);
        }
        return root;
    }

    private static byte[] emptyRoot() {
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest();
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
