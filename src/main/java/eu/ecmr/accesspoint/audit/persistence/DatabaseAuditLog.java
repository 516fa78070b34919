package eu.ecmr.accesspoint.audit.persistence;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import eu.ecmr.accesspoint.audit.AuditEntry;
import eu.ecmr.accesspoint.audit.AuditEvent;
import eu.ecmr.accesspoint.audit.AuditEventType;
import eu.ecmr.accesspoint.audit.AuditLog;
import eu.ecmr.accesspoint.audit.AuditQuery;
import eu.ecmr.accesspoint.audit.MerkleTree;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * The history in PostgreSQL. An append inside a caller's transaction joins it; every other append
 * goes through the {@link GroupCommitWriter}, which commits concurrent requests' entries together.
 */
@ApplicationScoped
class DatabaseAuditLog implements AuditLog {

    private final EntityManager em;
    private final AuditNodes nodes;
    private final LogTail tail;
    private final GroupCommitWriter writer;

    DatabaseAuditLog(EntityManager em, AuditNodes nodes, LogTail tail, GroupCommitWriter writer) {
        this.em = em;
        this.nodes = nodes;
        this.tail = tail;
        this.writer = writer;
    }

    @Override
    public long size() {
        return ((Number) em.createNativeQuery("select size from audit_head where id = 1").getSingleResult())
                .longValue();
    }

    @Override
    public MerkleTree tree() {
        return new MerkleTree(nodes);
    }

    @Override
    public AuditEntry append(AuditEvent event) {
        return appendWith(event, () -> { });
    }

    @Override
    public AuditEntry appendWith(AuditEvent event, Runnable alongside) {
        if (QuarkusTransaction.isActive()) {
            alongside.run();
            return tail.append(List.of(event)).get(0);
        }
        return writer.write(event, alongside);
    }

    @Override
    public List<AuditEntry> find(AuditQuery q) {
        StringBuilder where = new StringBuilder("sequence > :after");
        Map<String, Object> params = new TreeMap<>();
        params.put("after", q.after());
        q.noteId().ifPresent(v -> { where.append(" and noteId = :note"); params.put("note", v); });
        q.actorSubject().ifPresent(v -> { where.append(" and actorSubject = :actor"); params.put("actor", v); });
        q.type().ifPresent(v -> { where.append(" and type = :type"); params.put("type", v.name()); });
        q.from().ifPresent(v -> { where.append(" and recordedAt >= :from"); params.put("from", v); });
        q.to().ifPresent(v -> { where.append(" and recordedAt < :to"); params.put("to", v); });
        PanacheQuery<AuditEntryEntity> query = AuditEntryEntity.find(where + " order by sequence", params);
        List<AuditEntry> entries = new ArrayList<>();
        for (AuditEntryEntity row : query.range(0, q.limit() - 1).list()) {
            entries.add(toEntry(row));
        }
        return entries;
    }

    private static AuditEntry toEntry(AuditEntryEntity row) {
        return new AuditEntry(row.sequence, row.recordedAt, AuditEventType.valueOf(row.type), row.actorSubject,
                row.actorRole, row.actorOrganisation, row.noteId, row.requestId, row.controlReference, row.details);
    }
}
