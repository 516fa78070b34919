package eu.ecmr.accesspoint.efti.rest;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import eu.ecmr.accesspoint.common.AccessPointException;
import eu.ecmr.accesspoint.common.ProblemKind;
import eu.ecmr.accesspoint.common.rest.QueryParams;
import eu.ecmr.accesspoint.efti.Registration;
import eu.ecmr.accesspoint.efti.RegistrationStates;
import eu.ecmr.accesspoint.security.Roles;
import io.quarkus.security.Authenticated;

/** Auditors see how each note's registration with the e-FTI gate stands: delivered, or still being retried. */
@Path("/api/v1/efti/registrations")
@Authenticated
public class RegistrationResource {

    private final RegistrationStates states;

    RegistrationResource(RegistrationStates states) {
        this.states = states;
    }

    @GET
    @RolesAllowed(Roles.AUDITOR)
    @Produces(MediaType.APPLICATION_JSON)
    public List<Registration> list(@QueryParam("state") String state, @QueryParam("page") @DefaultValue("0") String page,
            @QueryParam("size") @DefaultValue("50") String size) {
        return states.list(state(state), QueryParams.integer("page", page, 0, 100_000),
                QueryParams.integer("size", size, 1, 500));
    }

    @GET
    @Path("{datasetId}")
    @RolesAllowed(Roles.AUDITOR)
    @Produces(MediaType.APPLICATION_JSON)
    public Registration one(@PathParam("datasetId") UUID datasetId) {
        return states.of(datasetId);
    }

    private static Optional<Registration.State> state(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Registration.State.valueOf(value.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            throw AccessPointException.of(ProblemKind.INVALID_PARAMETER, "state must be PENDING or DELIVERED");
        }
    }
}
