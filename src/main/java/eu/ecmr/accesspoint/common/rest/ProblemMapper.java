package eu.ecmr.accesspoint.common.rest;

import java.nio.channels.ClosedChannelException;
import java.util.List;
import java.util.Optional;

import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import eu.ecmr.accesspoint.common.AccessPointException;
import eu.ecmr.accesspoint.common.FieldError;
import eu.ecmr.accesspoint.common.ProblemKind;
import io.quarkus.oidc.OIDCException;
import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpClosedException;
import io.vertx.ext.web.RoutingContext;

/**
 * Turns every exception that reaches the API into an RFC 9457 problem: the status comes from
 * {@link ProblemStatusTable}, the body never holds a class name, stack trace or cause's message.
 */
public class ProblemMapper {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);

    @ServerExceptionMapper
    public Response refused(AccessPointException e, RoutingContext ctx) {
        if (e.kind() == ProblemKind.TIMESTAMP_UNAVAILABLE || e.kind() == ProblemKind.SERVICE_UNAVAILABLE) {
            LOG.warnf(e, "Answered %s: %s", e.kind(), e.getMessage());
        } else {
            LOG.debugf("Refused %s: %s", e.kind(), e.getMessage());
        }
        return problem(ctx, e.kind(), e.getMessage(), e.errors());
    }

    @ServerExceptionMapper({ AuthenticationFailedException.class, AuthenticationCompletionException.class,
            UnauthorizedException.class })
    public Response unauthenticated(RuntimeException e, RoutingContext ctx) {
        if (IdentityProviderOutage.causedBy(e)) {
            return identityProviderUnavailable(e, ctx);
        }
        return Response.fromResponse(problem(ctx, ProblemKind.UNAUTHENTICATED,
                "Send a valid, unexpired bearer token from the Access Point's identity provider", List.of()))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    /**
     * quarkus-oidc throws this when it cannot reach the provider to set a tenant up (the Access Point
     * started while the provider was down); without this mapping it would be an internal error.
     */
    @ServerExceptionMapper
    public Response identityProviderUnavailable(OIDCException e, RoutingContext ctx) {
        return identityProviderUnavailable((RuntimeException) e, ctx);
    }

    private Response identityProviderUnavailable(RuntimeException e, RoutingContext ctx) {
        LOG.warnf("Answered %s: %s", ProblemKind.IDENTITY_PROVIDER_UNAVAILABLE, IdentityProviderOutage.describe(e));
        return problem(ctx, ProblemKind.IDENTITY_PROVIDER_UNAVAILABLE,
                "The token cannot be checked while the identity provider is unreachable; try again later", List.of());
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, RoutingContext ctx) {
        return problem(ctx, ProblemKind.FORBIDDEN, "The caller's role does not allow this request", List.of());
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e, RoutingContext ctx) {
        return problem(ctx, ProblemKind.NOTE_NOT_FOUND, "No resource at this address", List.of());
    }

    @ServerExceptionMapper
    public Response notAllowed(NotAllowedException e, RoutingContext ctx) {
        return Response.fromResponse(problem(ctx, ProblemKind.METHOD_NOT_ALLOWED,
                "Allowed: " + String.join(", ", e.getResponse().getAllowedMethods()), List.of()))
                .allow(e.getResponse().getAllowedMethods()).build();
    }

    @ServerExceptionMapper
    public Response unsupported(NotSupportedException e, RoutingContext ctx) {
        // The only bodies accepted: signed notes, and gates' follow-up messages (/v0/...).
        return problem(ctx, ProblemKind.UNSUPPORTED_MEDIA_TYPE, ctx.request().path().startsWith("/v0/")
                ? "Send the follow-up message as text/plain"
                : "Send application/jose (compact JWS) or application/jose+json (flattened JWS)", List.of());
    }

    @ServerExceptionMapper
    public Response notAcceptable(NotAcceptableException e, RoutingContext ctx) {
        return problem(ctx, ProblemKind.NOT_ACCEPTABLE, "This resource cannot be served in the requested type",
                List.of());
    }

    @ServerExceptionMapper
    public Response otherHttp(WebApplicationException e, RoutingContext ctx) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, ctx);
        }
        ProblemKind kind = status == 401 ? ProblemKind.UNAUTHENTICATED
                : status == 403 ? ProblemKind.FORBIDDEN
                : status == 404 ? ProblemKind.NOTE_NOT_FOUND
                : status == 413 ? ProblemKind.PAYLOAD_TOO_LARGE
                : ProblemKind.INVALID_PARAMETER;
        return problem(ctx, kind, kind.title(), List.of());
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, RoutingContext ctx) {
        if (DatabaseOutage.causes(e)) {
            LOG.warnf("Answered %s: the database is out of reach (%s)", ProblemKind.SERVICE_UNAVAILABLE, e.getMessage());
            return problem(ctx, ProblemKind.SERVICE_UNAVAILABLE,
                    "The Access Point's database cannot be reached at the moment; try again shortly", List.of());
        }
        if (clientWentAway(e)) {
            // The client closed the connection before its body arrived: nobody reads this answer.
            LOG.debugf("Client closed %s %s before its body arrived", ctx.request().method(), ctx.request().path());
            return problem(ctx, ProblemKind.INVALID_PARAMETER, "The request body did not arrive", List.of());
        }
        LOG.errorf(e, "Unexpected failure of %s %s", ctx.request().method(), ctx.request().path());
        return problem(ctx, ProblemKind.INTERNAL_ERROR,
                "The Access Point could not complete the request; quote the correlation id to its operator",
                List.of());
    }

    /**
     * Whether the client closed its connection while its body was being read: Vert.x says so with
     * {@link HttpClosedException}, or, when the blocking body reader finds the channel already shut,
     * with a {@link ClosedChannelException} (seen under load, from clients that timed out).
     */
    static boolean clientWentAway(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof HttpClosedException || cause instanceof ClosedChannelException) {
                return true;
            }
        }
        return false;
    }

    static Response problem(RoutingContext ctx, ProblemKind kind, String detail, List<FieldError> errors) {
        return ProblemResponses.response(ctx, kind, detail, errors, Optional.empty());
    }
}
