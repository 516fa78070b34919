package eu.ecmr.accesspoint.efti.rest;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import eu.ecmr.accesspoint.common.rest.RequestPurposes;
import eu.ecmr.accesspoint.efti.ReadFollowUps;
import eu.ecmr.accesspoint.security.CallerResolver;
import eu.ecmr.accesspoint.security.Roles;
import io.quarkus.security.Authenticated;

/** The follow-up messages authorities sent about a note through e-FTI gates, shown with the note. */
@Path("/api/v1/consignment-notes/{id}/follow-ups")
@Authenticated
public class FollowUpResource {

    /** A follow-up as shown: when, from which gate client, its request id, and the message. */
    public record FollowUpView(UUID id, java.time.Instant receivedAt, String gate, String requestId, String message) {
    }

    private final ReadFollowUps followUps;
    private final CallerResolver callers;
    private final RequestPurposes purposes;

    FollowUpResource(ReadFollowUps followUps, CallerResolver callers, RequestPurposes purposes) {
        this.followUps = followUps;
        this.callers = callers;
        this.purposes = purposes;
    }

    @GET
    @RolesAllowed({ Roles.CARRIER, Roles.INSPECTOR, Roles.AUDITOR })
    @Produces(MediaType.APPLICATION_JSON)
    public List<FollowUpView> followUps(@PathParam("id") UUID id) {
        return followUps.of(callers.current(), id, purposes.current()).stream()
                .map(f -> new FollowUpView(f.id(), f.receivedAt(), f.gate(), f.requestId(), f.message()))
                .toList();
    }
}
