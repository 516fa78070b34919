package eu.ecmr.accesspoint.submission;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;

import eu.ecmr.accesspoint.audit.AuditEntry;
import eu.ecmr.accesspoint.audit.AuditEvent;
import eu.ecmr.accesspoint.audit.AuditLog;
import eu.ecmr.accesspoint.audit.AuditQuery;
import eu.ecmr.accesspoint.audit.MerkleTree;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * For the submission benchmark's baseline only: commits what comes with an event (the note) in a
 * transaction of its own and records nothing. Never enabled outside {@link WithoutAuditLogBenchmark}.
 */
@Alternative
@ApplicationScoped
public class UnrecordedAuditLog implements AuditLog {

    @Override
    public AuditEntry append(AuditEvent event) {
        return appendWith(event, () -> { });
    }

    @Override
    public AuditEntry appendWith(AuditEvent event, Runnable alongside) {
        QuarkusTransaction.joiningExisting().run(alongside);
        return new AuditEntry(0, Instant.EPOCH, event.type(), event.actorSubject(), event.actorRole(), null, null,
                null, null, "{}");
    }

    @Override
    public List<AuditEntry> find(AuditQuery query) {
        return List.of();
    }

    @Override
    public long size() {
        return 0;
    }

    @Override
    public MerkleTree tree() {
        return new MerkleTree((level, index) -> {
            throw new IllegalStateException("nothing is recorded");
        });
    }
}
