package eu.ecmr.accesspoint.efti.rest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import eu.ecmr.accesspoint.common.AccessPointException;
import eu.ecmr.accesspoint.common.ProblemKind;
import eu.ecmr.accesspoint.common.rest.HttpConfig;
import eu.ecmr.accesspoint.common.rest.RequestPurposes;
import eu.ecmr.accesspoint.efti.FetchConsignment;
import eu.ecmr.accesspoint.efti.RecordFollowUp;
import eu.ecmr.accesspoint.security.CallerResolver;
import eu.ecmr.accesspoint.security.Roles;
import io.quarkus.security.Authenticated;

/**
 * The platform API for e-FTI gates ({@code platform-api-for-gate.yaml}): a note in subsets of the
 * common data set, and follow-up messages about it. Only for the role {@code gate}.
 */
@Path("/v0/consignments/{datasetId}")
@Authenticated
public class PlatformResource {

    private final FetchConsignment fetch;
    private final RecordFollowUp followUps;
    private final CallerResolver callers;
    private final RequestPurposes purposes;
    private final HttpConfig http;

    PlatformResource(FetchConsignment fetch, RecordFollowUp followUps, CallerResolver callers,
            RequestPurposes purposes, HttpConfig http) {
        this.fetch = fetch;
        this.followUps = followUps;
        this.callers = callers;
        this.purposes = purposes;
        this.http = http;
    }

    @GET
    @RolesAllowed(Roles.GATE)
    @Produces(MediaType.APPLICATION_XML)
    public Response consignment(@PathParam("datasetId") String datasetId, @QueryParam("subsetId") List<String> subsetIds) {
        byte[] xml = fetch.fetch(callers.current(), purposes.current(), datasetId, subsetIds);
        return Response.ok(xml, MediaType.APPLICATION_XML_TYPE.withCharset("UTF-8"))
                .header("Cache-Control", "no-store").build();
    }

    @POST
    @Path("follow-up")
    @RolesAllowed(Roles.GATE)
    @Consumes(MediaType.TEXT_PLAIN)
    public Response followUp(@PathParam("datasetId") String datasetId, byte[] body) {
        http.checkBodySize(body);
        followUps.record(callers.current(), purposes.current(), datasetId, utf8(body));
        return Response.ok().build();
    }

    private static String utf8(byte[] body) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw AccessPointException.of(ProblemKind.INVALID_PARAMETER, "The follow-up message is not UTF-8 text");
        }
    }
}
