package eu.ecmr.accesspoint.audit;

import java.time.Instant;
import java.util.UUID;

/** One recorded event with its place in the log; {@code details} is the event's JSON object. */
public record AuditEntry(
        long sequence,
        Instant recordedAt,
        AuditEventType type,
        String actorSubject,
        String actorRole,
        String actorOrganisation,
        UUID noteId,
        String requestId,
        String controlReference,
        String details) {
}
