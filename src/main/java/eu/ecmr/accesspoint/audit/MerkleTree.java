package eu.ecmr.accesspoint.audit;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The Merkle tree hash of RFC 9162 s.2.1 over the audit log, with its inclusion (s.2.1.3) and
 * consistency (s.2.1.4) proofs, computed from the hashes of complete subtrees that a
 * {@link SubtreeHashes} supplies, so that no proof ever reads more than O(log n) stored nodes.
 */
public final class MerkleTree {

    /** Hashes of complete, aligned subtrees: level 0 holds leaf hashes, level L covers 2^L leaves. */
    public interface SubtreeHashes {
        byte[] hash(int level, long index);

        /** Several at once (a store answers them in one round trip); by default one by one. */
        default Map<Subtree, byte[]> hashes(Set<Subtree> subtrees) {
            Map<Subtree, byte[]> hashes = new HashMap<>();
            subtrees.forEach(t -> hashes.put(t, hash(t.level(), t.index())));
            return hashes;
        }
    }

    /** The complete subtree of 2^level leaves starting at leaf index * 2^level. */
    public record Subtree(int level, long index) {
    }

    private static final byte[] UNREAD = new byte[32];

    private final SubtreeHashes nodes;

    public MerkleTree(SubtreeHashes nodes) {
        this.nodes = nodes;
    }

    /**
     * Runs {@code computation} on this tree reading every stored hash it needs in one call of
     * {@link SubtreeHashes#hashes}: the proofs' control flow depends on sizes and indexes only, so
     * a first run with blank hashes names exactly the subtrees the real run will read.
     */
    public <T> T withHashesReadAtOnce(Function<MerkleTree, T> computation) {
        Set<Subtree> wanted = new LinkedHashSet<>();
        computation.apply(new MerkleTree((level, index) -> {
            wanted.add(new Subtree(level, index));
            return UNREAD;
        }));
        Map<Subtree, byte[]> read = nodes.hashes(wanted);
        return computation.apply(new MerkleTree((level, index) -> {
            byte[] hash = read.get(new Subtree(level, index));
            if (hash == null) {
                throw new IllegalStateException("no stored hash for subtree (" + level + ", " + index + ")");
            }
            return hash;
        }));
    }

    /** MTH(D[0:n]); the hash of the empty string for an empty tree (RFC 9162 s.2.1.1). */
    public byte[] rootHash(long treeSize) {
        return treeSize == 0 ? sha256() : hash(0, treeSize);
    }

    /** The leaf hash stored for the entry at 0-based index {@code index}. */
    public byte[] storedLeafHash(long index) {
        return nodes.hash(0, index);
    }

    /** PATH(m, D[0:n]) of RFC 9162 s.2.1.3.1, for the leaf at 0-based index m. */
    public List<byte[]> inclusionProof(long leafIndex, long treeSize) {
        if (leafIndex < 0 || leafIndex >= treeSize) {
            throw new IllegalArgumentException("leaf " + leafIndex + " is not in a tree of size " + treeSize);
        }
        List<byte[]> proof = new ArrayList<>();
        path(leafIndex, 0, treeSize, proof);
        return proof;
    }

    /** PROOF(m, D[0:n]) of RFC 9162 s.2.1.4.1, for 0 < m <= n. */
    public List<byte[]> consistencyProof(long firstSize, long secondSize) {
        if (firstSize <= 0 || firstSize > secondSize) {
            throw new IllegalArgumentException("no consistency proof from " + firstSize + " to " + secondSize);
        }
        List<byte[]> proof = new ArrayList<>();
        subproof(firstSize, 0, secondSize, true, proof);
        return proof;
    }

    private void path(long m, long start, long end, List<byte[]> proof) {
        long n = end - start;
        if (n == 1) {
            return;
        }
        long k = largestPowerOfTwoBelow(n);
        if (m < k) {
            path(m, start, start + k, proof);
            proof.add(hash(start + k, end));
        } else {
            path(m - k, start + k, end, proof);
            proof.add(hash(start, start + k));
        }
    }

    private void subproof(long m, long start, long end, boolean complete, List<byte[]> proof) {
        long n = end - start;
        if (m == n) {
            if (!complete) {
                proof.add(hash(start, end));
            }
            return;
        }
        long k = largestPowerOfTwoBelow(n);
        if (m <= k) {
            subproof(m, start, start + k, complete, proof);
            proof.add(hash(start + k, end));
        } else {
            subproof(m - k, start + k, end, false, proof);
            proof.add(hash(start, start + k));
        }
    }

    /** MTH(D[start:end]): a stored node when the range is a complete aligned subtree, else split as s.2.1.1 does. */
    private byte[] hash(long start, long end) {
        long n = end - start;
        if (Long.bitCount(n) == 1 && start % n == 0) {
            return nodes.hash(Long.numberOfTrailingZeros(n), start / n);
        }
        long k = largestPowerOfTwoBelow(n);
        return nodeHash(hash(start, start + k), hash(start + k, end));
    }

    static long largestPowerOfTwoBelow(long n) {
        return Long.highestOneBit(n - 1);
    }

    /** SHA-256(0x00 || entry): the leaf hash (RFC 9162 s.2.1.1). */
    public static byte[] leafHash(byte[] entry) {
        MessageDigest digest = digest();
        digest.update((byte) 0x00);
        return digest.digest(entry);
    }

    /** SHA-256(0x01 || left || right): an interior node (RFC 9162 s.2.1.1). */
    public static byte[] nodeHash(byte[] left, byte[] right) {
        MessageDigest digest = digest();
        digest.update((byte) 0x01);
        digest.update(left);
        return digest.digest(right);
    }

    private static byte[] sha256() {
        return digest().digest();
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
