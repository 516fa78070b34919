package eu.ecmr.accesspoint.common.rest;

import java.util.List;
import java.util.Optional;

import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import eu.ecmr.accesspoint.common.FieldError;
import eu.ecmr.accesspoint.common.ProblemKind;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;

/**
 * Problem answers for code outside the exception mappers (route handlers, request filters), with
 * the status and Retry-After of {@link ProblemStatusTable}, so that every answer follows the one table.
 */
public final class ProblemResponses {

    private ProblemResponses() {
    }

    /** A JAX-RS answer; {@code retryAfterSeconds} replaces the table's default when given. */
    public static Response response(RoutingContext ctx, ProblemKind kind, String detail, List<FieldError> errors,
            Optional<Long> retryAfterSeconds) {
        int status = ProblemStatusTable.statusOf(kind);
        Response.ResponseBuilder response = Response.status(status).type(Problem.MEDIA_TYPE)
                .header("Cache-Control", "no-store").entity(body(ctx, kind, detail, errors));
        retryAfter(kind, retryAfterSeconds).ifPresent(seconds -> response.header("Retry-After", seconds));
        return response.build();
    }

    /** Ends the request from a Vert.x route, before any resource is reached. */
    public static void end(RoutingContext ctx, ObjectMapper mapper, ProblemKind kind, String detail) {
        String json;
        try {
            json = mapper.writeValueAsString(body(ctx, kind, detail, List.of()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        ctx.response().setStatusCode(ProblemStatusTable.statusOf(kind))
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        retryAfter(kind, Optional.empty()).ifPresent(seconds -> ctx.response().putHeader("Retry-After", String.valueOf(seconds)));
        ctx.response().end(json);
    }

    private static Problem body(RoutingContext ctx, ProblemKind kind, String detail, List<FieldError> errors) {
        return new Problem(kind.type(), kind.title(), ProblemStatusTable.statusOf(kind), detail, ctx.request().path(),
                RequestCorrelation.of(ctx), errors.isEmpty() ? null : errors);
    }

    private static Optional<Long> retryAfter(ProblemKind kind, Optional<Long> given) {
        return given.or(() -> ProblemStatusTable.retryAfterSeconds(kind).map(Integer::longValue));
    }
}
