package eu.ecmr.accesspoint.audit.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import eu.ecmr.accesspoint.audit.MerkleTree;

/** The stored hashes of complete subtrees ({@code audit_node}, V4). */
@ApplicationScoped
class AuditNodes implements MerkleTree.SubtreeHashes {

    private record Node(int level, long index, byte[] hash) {
    }

    private final EntityManager em;

    AuditNodes(EntityManager em) {
        this.em = em;
    }

    @Override
    public byte[] hash(int level, long index) {
        return (byte[]) em.createNativeQuery("select hash from audit_node where level = ?1 and idx = ?2")
                .setParameter(1, level).setParameter(2, index).getSingleResult();
    }

    /** One query for all of them: a proof at 10^7 entries reads about 30. */
    @Override
    @SuppressWarnings("unchecked")
    public Map<MerkleTree.Subtree, byte[]> hashes(Set<MerkleTree.Subtree> subtrees) {
        Map<MerkleTree.Subtree, byte[]> hashes = new HashMap<>();
        if (subtrees.isEmpty()) {
            return hashes;
        }
        StringBuilder sql = new StringBuilder("select level, idx, hash from audit_node where ");
        List<MerkleTree.Subtree> wanted = List.copyOf(subtrees);
        for (int i = 0; i < wanted.size(); i++) {
            sql.append(i == 0 ? "" : " or ").append("(level = ?").append(2 * i + 1).append(" and idx = ?")
                    .append(2 * i + 2).append(')');
        }
        Query query = em.createNativeQuery(sql.toString());
        for (int i = 0; i < wanted.size(); i++) {
            query.setParameter(2 * i + 1, wanted.get(i).level()).setParameter(2 * i + 2, wanted.get(i).index());
        }
        for (Object[] row : (List<Object[]>) query.getResultList()) {
            hashes.put(new MerkleTree.Subtree(((Number) row[0]).intValue(), ((Number) row[1]).longValue()),
                    (byte[]) row[2]);
        }
        return hashes;
    }

    /**
     * Stores leaves {@code first, first + 1, ...} and every subtree each completes (its ancestors
     * while it is a right child). Called under the audit head's lock, so the left siblings that
     * were written before are all present.
     */
    void addLeaves(Connection connection, long first, List<byte[]> leafHashes) throws SQLException {
        Map<Long, byte[]> written = new HashMap<>();
        List<Node> nodes = new ArrayList<>();
        for (int n = 0; n < leafHashes.size(); n++) {
            long i = first + n;
            byte[] hash = leafHashes.get(n);
            int level = 0;
            nodes.add(remember(written, new Node(level, i, hash)));
            while ((i & 1) == 1) {
                hash = MerkleTree.nodeHash(leftSibling(connection, written, level, i - 1), hash);
                i >>= 1;
                level++;
                nodes.add(remember(written, new Node(level, i, hash)));
            }
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into audit_node (level, idx, hash) values (?, ?, ?)")) {
            for (Node node : nodes) {
                insert.setInt(1, node.level());
                insert.setLong(2, node.index());
                insert.setBytes(3, node.hash());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static Node remember(Map<Long, byte[]> written, Node node) {
        written.put(key(node.level(), node.index()), node.hash());
        return node;
    }

    private static byte[] leftSibling(Connection connection, Map<Long, byte[]> written, int level, long index)
            throws SQLException {
        byte[] hash = written.get(key(level, index));
        if (hash != null) {
            return hash;
        }
        try (PreparedStatement select = connection.prepareStatement(
                "select hash from audit_node where level = ? and idx = ?")) {
            select.setInt(1, level);
            select.setLong(2, index);
            try (ResultSet rs = select.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("audit_node (" + level + ", " + index + ") is missing");
                }
                return rs.getBytes(1);
            }
        }
    }

    /** Levels stay below 64 and indexes below 2^56 (far beyond any log's size). */
    private static long key(int level, long index) {
        return ((long) level << 56) | index;
    }
}
