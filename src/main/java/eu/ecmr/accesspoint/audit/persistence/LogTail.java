package eu.ecmr.accesspoint.audit.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.hibernate.Session;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import eu.ecmr.accesspoint.audit.AuditEntry;
import eu.ecmr.accesspoint.audit.AuditEvent;
import eu.ecmr.accesspoint.audit.CanonicalEntry;

/**
 * Adds entries at the end of the log, in the caller's transaction. It takes the row lock of
 * {@code audit_head} first, so sequence numbers are gap-free and ordered and the Merkle tree grows
 * leaf by leaf, even with several Access Point instances on one database; the lock is held until
 * the transaction ends, which is why appends are best grouped (see {@link GroupCommitWriter}).
 */
@ApplicationScoped
class LogTail {

    private static final String INSERT = "insert into audit_entry (seq, recorded_at, event_type, actor_subject,"
            + " actor_role, actor_organisation, note_id, request_id, control_reference, details)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final EntityManager em;
    private final ObjectMapper mapper;
    private final Clock clock;
    private final AuditNodes nodes;

    LogTail(EntityManager em, ObjectMapper mapper, Clock clock, AuditNodes nodes) {
        this.em = em;
        this.mapper = mapper;
        this.clock = clock;
        this.nodes = nodes;
    }

    /** Appends the events in order; requires an active transaction. */
    List<AuditEntry> append(List<AuditEvent> events) {
        List<String> details = events.stream().map(e -> json(e.details())).toList();
        return em.unwrap(Session.class).doReturningWork(connection -> {
            long size = lockHead(connection);
            Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
            List<AuditEntry> entries = new ArrayList<>(events.size());
            for (AuditEvent event : events) {
                entries.add(entry(size + entries.size() + 1, now, event, details.get(entries.size())));
            }
            insert(connection, entries);
            nodes.addLeaves(connection, size, entries.stream().map(CanonicalEntry::leafHash).toList());
            try (PreparedStatement head = connection.prepareStatement("update audit_head set size = ? where id = 1")) {
                head.setLong(1, size + entries.size());
                head.executeUpdate();
            }
            return entries;
        });
    }

    private static long lockHead(Connection connection) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("select size from audit_head where id = 1 for update");
                ResultSet rs = lock.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void insert(Connection connection, List<AuditEntry> entries) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            for (AuditEntry e : entries) {
                insert.setLong(1, e.sequence());
                insert.setTimestamp(2, Timestamp.from(e.recordedAt()));
                insert.setString(3, e.type().name());
                insert.setString(4, e.actorSubject());
                insert.setString(5, e.actorRole());
                insert.setString(6, e.actorOrganisation());
                insert.setObject(7, e.noteId());
                insert.setString(8, e.requestId());
                insert.setString(9, e.controlReference());
                insert.setString(10, e.details());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static AuditEntry entry(long sequence, Instant at, AuditEvent e, String details) {
        return new AuditEntry(sequence, at, e.type(), e.actorSubject(), e.actorRole(),
                e.actorOrganisation().orElse(null), e.noteId().orElse(null), e.requestId().orElse(null),
                e.controlReference().orElse(null), details);
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
