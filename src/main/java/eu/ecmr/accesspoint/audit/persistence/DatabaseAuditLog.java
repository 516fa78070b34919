package eu.ecmr.accesspoint.audit.persistence;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import eu.ecmr.accesspoint.audit.AuditEntry;
import eu.ecmr.accesspoint.audit.AuditEvent;
import eu.ecmr.accesspoint.audit.AuditEventType;
import eu.ecmr.accesspoint.audit.AuditLog;
import eu.ecmr.accesspoint.audit.AuditQuery;
import eu.ecmr.accesspoint.audit.CanonicalEntry;
import eu.ecmr.accesspoint.audit.MerkleTree;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * The history in PostgreSQL. Appends take the row lock of {@code audit_head}, so that sequence
 * numbers are gap-free and ordered, and the Merkle tree grows one leaf at a time, even with
 * several Access Point instances on one database.
 */
@ApplicationScoped
class DatabaseAuditLog implements AuditLog {

    private final EntityManager em;
    private final ObjectMapper mapper;
    private final Clock clock;
    private final AuditNodes nodes;

    DatabaseAuditLog(EntityManager em, ObjectMapper mapper, Clock clock, AuditNodes nodes) {
        this.em = em;
        this.mapper = mapper;
        this.clock = clock;
        this.nodes = nodes;
    }

    @Override
    public long size() {
        return ((Number) em.createNativeQuery("select size from audit_head where id = 1").getSingleResult())
                .longValue();
    }

    @Override
    public MerkleTree tree() {
        return new MerkleTree(nodes::hash);
    }

    @Override
    public AuditEntry append(AuditEvent event) {
        String details = json(event.details());
        return QuarkusTransaction.joiningExisting().call(() -> {
            long size = ((Number) em.createNativeQuery("select size from audit_head where id = 1 for update")
                    .getSingleResult()).longValue();
            AuditEntryEntity row = new AuditEntryEntity();
            row.sequence = size + 1;
            row.recordedAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
            row.type = event.type().name();
            row.actorSubject = event.actorSubject();
            row.actorRole = event.actorRole();
            row.actorOrganisation = event.actorOrganisation().orElse(null);
            row.noteId = event.noteId().orElse(null);
            row.requestId = event.requestId().orElse(null);
            row.controlReference = event.controlReference().orElse(null);
            row.details = details;
            em.persist(row);
            AuditEntry entry = toEntry(row);
            nodes.addLeaf(row.sequence - 1, CanonicalEntry.leafHash(entry));
            em.createNativeQuery("update audit_head set size = ?1 where id = 1").setParameter(1, row.sequence)
                    .executeUpdate();
            return entry;
        });
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

    /** Details as JSON with members in name order, so that the same event always has the same bytes. */
    private String json(Map<String, Object> details) {
        try {
            return mapper.writeValueAsString(new TreeMap<>(details));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("audit details must be plain JSON values", e);
        }
    }
}
