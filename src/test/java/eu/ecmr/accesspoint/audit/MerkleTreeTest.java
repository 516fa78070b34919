package eu.ecmr.accesspoint.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * The tree's roots and proofs against an independent re-computation written straight from the
 * recursive definitions of RFC 9162 s.2.1.1, 2.1.3.1 and 2.1.4.1 over the whole leaf list.
 */
class MerkleTreeTest {

    private static final int MAX = 70;
    private final List<byte[]> leaves = new ArrayList<>();
    private final Map<String, byte[]> stored = new HashMap<>();
    private final MerkleTree tree = new MerkleTree((level, index) -> stored.get(level + "/" + index));

    MerkleTreeTest() {
        for (int i = 0; i < MAX; i++) {
            append(("entry " + i).getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Stores the leaf and every subtree it completes, as the audit log does on append. */
    private void append(byte[] entry) {
        long index = leaves.size();
        byte[] hash = MerkleTree.leafHash(entry);
        leaves.add(hash);
        stored.put("0/" + index, hash);
        int level = 0;
        while ((index & 1) == 1) {
            hash = MerkleTree.nodeHash(stored.get(level + "/" + (index - 1)), hash);
            index >>= 1;
            level++;
            stored.put(level + "/" + index, hash);
        }
    }

    @Test
    void readingTheHashesAtOnceGivesTheSameProofsFromOneRead() {
        List<Integer> reads = new ArrayList<>();
        MerkleTree.SubtreeHashes counted = new MerkleTree.SubtreeHashes() {
            @Override
            public byte[] hash(int level, long index) {
                throw new AssertionError("read one by one");
            }

            @Override
            public Map<MerkleTree.Subtree, byte[]> hashes(java.util.Set<MerkleTree.Subtree> subtrees) {
                reads.add(subtrees.size());
                Map<MerkleTree.Subtree, byte[]> hashes = new HashMap<>();
                subtrees.forEach(t -> hashes.put(t, stored.get(t.level() + "/" + t.index())));
                return hashes;
            }
        };
        for (int n = 1; n <= MAX; n++) {
            for (int m = 1; m <= n; m++) {
                int leaf = m - 1;
                int size = n;
                int first = m;
                reads.clear();
                List<byte[]> inclusion = new MerkleTree(counted).withHashesReadAtOnce(t -> t.inclusionProof(leaf, size));
                List<byte[]> consistency = new MerkleTree(counted)
                        .withHashesReadAtOnce(t -> t.consistencyProof(first, size));
                assertThat(inclusion).containsExactlyElementsOf(path(leaf, leaves.subList(0, n)));
                assertThat(consistency).containsExactlyElementsOf(tree.consistencyProof(first, size));
                assertThat(reads).hasSize(2);
            }
        }
    }

    @Test
    void rootsEqualTheRecursiveDefinition() {
        assertThat(tree.rootHash(0)).isEqualTo(sha256(new byte[0]));
        for (int n = 1; n <= MAX; n++) {
            assertThat(tree.rootHash(n)).as("root of %d", n).isEqualTo(mth(leaves.subList(0, n)));
        }
    }

    @Test
    void inclusionProofsEqualTheDefinitionAndVerify() {
        for (int n = 1; n <= MAX; n++) {
            byte[] root = mth(leaves.subList(0, n));
            for (int m = 0; m < n; m++) {
                List<byte[]> proof = tree.inclusionProof(m, n);
                assertThat(proof).as("PATH(%d, D[%d])", m, n).containsExactlyElementsOf(path(m, leaves.subList(0, n)));
                assertThat(MerkleProofs.verifyInclusion(m, n, leaves.get(m), proof, root)).isTrue();
            }
        }
    }

    @Test
    void consistencyProofsEqualTheDefinitionAndVerify() {
        for (int n = 1; n <= MAX; n++) {
            for (int m = 1; m <= n; m++) {
                List<byte[]> proof = tree.consistencyProof(m, n);
                assertThat(proof).as("PROOF(%d, D[%d])", m, n)
                        .containsExactlyElementsOf(subproof(m, leaves.subList(0, n), true));
                assertThat(MerkleProofs.verifyConsistency(m, n, mth(leaves.subList(0, m)),
                        mth(leaves.subList(0, n)), proof)).as("verify %d -> %d", m, n).isTrue();
            }
        }
    }

    @Test
    void tamperedProofsDoNotVerify() {
        byte[] root = tree.rootHash(MAX);
        List<byte[]> proof = tree.inclusionProof(17, MAX);
        assertThat(MerkleProofs.verifyInclusion(18, MAX, leaves.get(17), proof, root)).isFalse();
        assertThat(MerkleProofs.verifyInclusion(17, MAX, leaves.get(16), proof, root)).isFalse();
        proof.set(2, sha256("forged".getBytes(StandardCharsets.UTF_8)));
        assertThat(MerkleProofs.verifyInclusion(17, MAX, leaves.get(17), proof, root)).isFalse();

        List<byte[]> consistency = tree.consistencyProof(23, MAX);
        assertThat(MerkleProofs.verifyConsistency(23, MAX, tree.rootHash(22), root, consistency)).isFalse();
        assertThat(MerkleProofs.verifyConsistency(23, MAX, tree.rootHash(23), root, List.of())).isFalse();
    }

    // --- RFC 9162 s.2.1, literally ---

    private static byte[] mth(List<byte[]> d) {
        if (d.size() == 1) {
            return d.get(0);
        }
        int k = Integer.highestOneBit(d.size() - 1);
        return MerkleTree.nodeHash(mth(d.subList(0, k)), mth(d.subList(k, d.size())));
    }

    private static List<byte[]> path(int m, List<byte[]> d) {
        List<byte[]> p = new ArrayList<>();
        if (d.size() == 1) {
            return p;
        }
        int k = Integer.highestOneBit(d.size() - 1);
        if (m < k) {
            p.addAll(path(m, d.subList(0, k)));
            p.add(mth(d.subList(k, d.size())));
        } else {
            p.addAll(path(m - k, d.subList(k, d.size())));
            p.add(mth(d.subList(0, k)));
        }
        return p;
    }

    private static List<byte[]> subproof(int m, List<byte[]> d, boolean b) {
        List<byte[]> p = new ArrayList<>();
        int n = d.size();
        if (m == n) {
            if (!b) {
                p.add(mth(d));
            }
            return p;
        }
        int k = Integer.highestOneBit(n - 1);
        if (m <= k) {
            p.addAll(subproof(m, d.subList(0, k), b));
            p.add(mth(d.subList(k, n)));
        } else {
            p.addAll(subproof(m - k, d.subList(k, n), false));
            p.add(mth(d.subList(0, k)));
        }
        return p;
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
