package eu.ecmr.accesspoint.audit;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Filters over the history; all optional, combined with "and". {@code after} pages by sequence. */
public record AuditQuery(
        Optional<UUID> noteId,
        Optional<String> actorSubject,
        Optional<AuditEventType> type,
        Optional<Instant> from,
        Optional<Instant> to,
        long after,
        int limit) {
}
