package eu.ecmr.accesspoint.audit.rest;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import eu.ecmr.accesspoint.audit.AuditEntry;
import eu.ecmr.accesspoint.audit.AuditEventType;
import eu.ecmr.accesspoint.audit.AuditLog;
import eu.ecmr.accesspoint.audit.AuditQuery;
import eu.ecmr.accesspoint.common.AccessPointException;
import eu.ecmr.accesspoint.common.ProblemKind;
import eu.ecmr.accesspoint.common.rest.QueryParams;
import eu.ecmr.accesspoint.security.Roles;
import io.quarkus.security.Authenticated;

/** The history for auditors: who did what to which note, and why. */
@Path("/api/v1/audit")
@Authenticated
public class AuditResource {

    private final AuditLog log;

    AuditResource(AuditLog log) {
        this.log = log;
    }

    /** Entries oldest first; page on with {@code after} = the last sequence seen. */
    @GET
    @Path("entries")
    @RolesAllowed(Roles.AUDITOR)
    @Produces(MediaType.APPLICATION_JSON)
    public List<AuditEntry> entries(@QueryParam("noteId") String noteId, @QueryParam("actor") String actor,
            @QueryParam("type") String type, @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("after") @DefaultValue("0") String after,
            @QueryParam("limit") @DefaultValue("100") String limit) {
        AuditQuery query = new AuditQuery(uuid(noteId), Optional.ofNullable(actor).filter(a -> !a.isBlank()),
                type(type), instant("from", from), instant("to", to),
                QueryParams.integer("after", after, 0, Integer.MAX_VALUE), QueryParams.integer("limit", limit, 1, 1000));
        return log.find(query);
    }

    private static Optional<UUID> uuid(String value) {
        try {
            return Optional.ofNullable(value).filter(v -> !v.isBlank()).map(UUID::fromString);
        } catch (IllegalArgumentException e) {
            throw AccessPointException.of(ProblemKind.INVALID_PARAMETER, "noteId must be a UUID");
        }
    }

    private static Optional<AuditEventType> type(String value) {
        try {
            return Optional.ofNullable(value).filter(v -> !v.isBlank())
                    .map(v -> AuditEventType.valueOf(v.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            throw AccessPointException.of(ProblemKind.INVALID_PARAMETER, "type must be one of "
                    + List.of(AuditEventType.values()));
        }
    }

    private static Optional<Instant> instant(String name, String value) {
        try {
            return Optional.ofNullable(value).filter(v -> !v.isBlank()).map(Instant::parse);
        } catch (DateTimeParseException e) {
            throw AccessPointException.of(ProblemKind.INVALID_PARAMETER, name + " must be an RFC 3339 UTC date-time");
        }
    }
}
