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
import jakarta.ws.rs.core.StreamingOutput;

import eu.ecmr.accesspoint.audit.AuditEntry;
import eu.ecmr.accesspoint.audit.AuditEventType;
import eu.ecmr.accesspoint.audit.AuditLog;
import eu.ecmr.accesspoint.audit.AuditProofs;
import eu.ecmr.accesspoint.audit.CanonicalEntry;
import eu.ecmr.accesspoint.audit.Checkpoint;
import eu.ecmr.accesspoint.audit.Checkpoints;
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

    private static final int EXPORT_PAGE = 1000;

    private final AuditLog log;
    private final AuditProofs proofs;
    private final Checkpoints checkpoints;

    AuditResource(AuditLog log, AuditProofs proofs, Checkpoints checkpoints) {
        this.log = log;
        this.proofs = proofs;
        this.checkpoints = checkpoints;
    }

    /** The latest signed checkpoint (tree size, root hash, seal signature, timestamp). */
    @GET
    @Path("checkpoint")
    @RolesAllowed(Roles.AUDITOR)
    @Produces(MediaType.APPLICATION_JSON)
    public Checkpoint checkpoint() {
        return checkpoints.latest().orElseThrow(() -> AccessPointException.of(ProblemKind.NOTE_NOT_FOUND,
                "No checkpoint has been made yet"));
    }

    /** Every checkpoint after a tree size, smallest first: what the standalone verifier reads. */
    @GET
    @Path("checkpoints")
    @RolesAllowed(Roles.AUDITOR)
    @Produces(MediaType.APPLICATION_JSON)
    public List<Checkpoint> checkpoints(@QueryParam("after") @DefaultValue("0") String after,
            @QueryParam("limit") @DefaultValue("1000") String limit) {
        return checkpoints.after(QueryParams.longValue("after", after), QueryParams.integer("limit", limit, 1, 10_000));
    }

    /** The root hash of the tree at {@code treeSize} (default: now). */
    @GET
    @Path("tree-head")
    @RolesAllowed(Roles.AUDITOR)
    @Produces(MediaType.APPLICATION_JSON)
    public AuditProofs.TreeHead treeHead(@QueryParam("treeSize") @DefaultValue("0") String treeSize) {
        return proofs.head(QueryParams.longValue("treeSize", treeSize));
    }

    /** RFC 9162 s.2.1.3 inclusion proof of entry {@code seq} in the tree of {@code treeSize}. */
    @GET
    @Path("proofs/inclusion")
    @RolesAllowed(Roles.AUDITOR)
    @Produces(MediaType.APPLICATION_JSON)
    public AuditProofs.InclusionProof inclusion(@QueryParam("seq") @DefaultValue("") String seq,
            @QueryParam("treeSize") @DefaultValue("0") String treeSize) {
        return proofs.inclusion(QueryParams.longValue("seq", seq), QueryParams.longValue("treeSize", treeSize));
    }

    /** RFC 9162 s.2.1.4 consistency proof between two tree sizes. */
    @GET
    @Path("proofs/consistency")
    @RolesAllowed(Roles.AUDITOR)
    @Produces(MediaType.APPLICATION_JSON)
    public AuditProofs.ConsistencyProof consistency(@QueryParam("first") @DefaultValue("") String first,
            @QueryParam("second") @DefaultValue("0") String second) {
        return proofs.consistency(QueryParams.longValue("first", first), QueryParams.longValue("second", second));
    }

    /**
     * The whole log as NDJSON, streamed: one entry's canonical bytes per line, in sequence order,
     * as the standalone verifier reads it.
     */
    @GET
    @Path("export")
    @RolesAllowed(Roles.AUDITOR)
    @Produces("application/x-ndjson")
    public StreamingOutput export() {
        return out -> {
            long after = 0;
            List<AuditEntry> page;
            do {
                page = log.find(new AuditQuery(Optional.empty(), Optional.empty(), Optional.empty(),
                        Optional.empty(), Optional.empty(), after, EXPORT_PAGE));
                for (AuditEntry entry : page) {
                    out.write(CanonicalEntry.bytes(entry));
                    out.write('\n');
                    after = entry.sequence();
                }
                out.flush();
            } while (page.size() == EXPORT_PAGE);
        };
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
                QueryParams.longValue("after", after), QueryParams.integer("limit", limit, 1, 1000));
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
