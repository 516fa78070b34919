package eu.ecmr.accesspoint.audit;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import eu.ecmr.accesspoint.security.Caller;
import eu.ecmr.accesspoint.security.RequestPurpose;

/** Something that happened, by whom, to which note, and why; {@code details} is a flat JSON object. */
public record AuditEvent(
        AuditEventType type,
        String actorSubject,
        String actorRole,
        Optional<String> actorOrganisation,
        Optional<UUID> noteId,
        Optional<String> requestId,
        Optional<String> controlReference,
        Map<String, Object> details) {

    public AuditEvent {
        details = Map.copyOf(details);
    }

    /** An event caused by a caller's request. */
    public static AuditEvent of(AuditEventType type, Caller caller, RequestPurpose purpose, UUID noteId,
            Map<String, Object> details) {
        return new AuditEvent(type, caller.subject(), caller.actingRole(), caller.organisation(),
                Optional.ofNullable(noteId), Optional.ofNullable(purpose.requestId()), purpose.controlReference(),
                details);
    }
}
