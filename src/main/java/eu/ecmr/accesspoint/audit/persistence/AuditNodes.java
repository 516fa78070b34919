package eu.ecmr.accesspoint.audit.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import eu.ecmr.accesspoint.audit.MerkleTree;

/** The stored hashes of complete subtrees ({@code audit_node}, V4). */
@ApplicationScoped
class AuditNodes {

    private final EntityManager em;

    AuditNodes(EntityManager em) {
        this.em = em;
    }

    /**
     * Stores leaf {@code index} and every subtree it completes (its ancestors while it is a right
     * child). Called under the audit head's lock, so left siblings are all present.
     */
    void addLeaf(long index, byte[] leafHash) {
        insert(0, index, leafHash);
        byte[] hash = leafHash;
        int level = 0;
        long i = index;
        while ((i & 1) == 1) {
            hash = MerkleTree.nodeHash(hash(level, i - 1), hash);
            i >>= 1;
            level++;
            insert(level, i, hash);
        }
    }

    byte[] hash(int level, long index) {
        return (byte[]) em.createNativeQuery("select hash from audit_node where level = ?1 and idx = ?2")
                .setParameter(1, level).setParameter(2, index).getSingleResult();
    }

    private void insert(int level, long index, byte[] hash) {
        em.createNativeQuery("insert into audit_node (level, idx, hash) values (?1, ?2, ?3)")
                .setParameter(1, level).setParameter(2, index).setParameter(3, hash).executeUpdate();
    }
}
