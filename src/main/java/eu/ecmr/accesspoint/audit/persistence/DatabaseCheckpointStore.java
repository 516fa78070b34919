package eu.ecmr.accesspoint.audit.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import eu.ecmr.accesspoint.audit.Checkpoint;
import eu.ecmr.accesspoint.audit.CheckpointStore;
import io.quarkus.narayana.jta.QuarkusTransaction;

/** {@code audit_checkpoint} (V4). */
@ApplicationScoped
class DatabaseCheckpointStore implements CheckpointStore {

    private static final String COLUMNS = "tree_size, root_hash, created_at, signed_bytes, signature, timestamp_reply";

    private final EntityManager em;

    DatabaseCheckpointStore(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<Checkpoint> latest() {
        return QuarkusTransaction.joiningExisting().call(() -> rows(
                "select " + COLUMNS + " from audit_checkpoint order by tree_size desc", 0, 1).stream().findFirst());
    }

    @Override
    public List<Checkpoint> after(long afterSize, int limit) {
        return QuarkusTransaction.joiningExisting().call(() -> rows(
                "select " + COLUMNS + " from audit_checkpoint where tree_size > ?1 order by tree_size", afterSize,
                limit));
    }

    @Override
    public void addIfAbsent(Checkpoint c) {
        try {
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("insert into audit_checkpoint ("
                    + COLUMNS + ") values (?1, ?2, ?3, ?4, ?5, ?6)")
                    .setParameter(1, c.treeSize()).setParameter(2, c.rootHash())
                    .setParameter(3, OffsetDateTime.ofInstant(c.createdAt(), java.time.ZoneOffset.UTC))
                    .setParameter(4, c.signedBytes()).setParameter(5, c.signature())
                    .setParameter(6, c.timestampReply()).executeUpdate());
        } catch (RuntimeException e) {
            if (latest().filter(l -> l.treeSize() >= c.treeSize()).isEmpty()) {
                throw e;
            }
        }
    }

    @SuppressWarnings("unchecked")
    private List<Checkpoint> rows(String sql, long param, int limit) {
        var query = em.createNativeQuery(sql);
        if (sql.contains("?1")) {
            query.setParameter(1, param);
        }
        List<Object[]> rows = query.setMaxResults(limit).getResultList();
        return rows.stream().map(r -> new Checkpoint(((Number) r[0]).longValue(), (byte[]) r[1], instant(r[2]),
                (byte[]) r[3], (byte[]) r[4], (byte[]) r[5])).toList();
    }

    private static Instant instant(Object value) {
        if (value instanceof OffsetDateTime t) {
            return t.toInstant();
        }
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        return (Instant) value;
    }
}
