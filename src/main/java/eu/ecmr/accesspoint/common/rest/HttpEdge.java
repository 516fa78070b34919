package eu.ecmr.accesspoint.common.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.MDC;

import com.fasterxml.jackson.databind.ObjectMapper;

import eu.ecmr.accesspoint.common.ProblemKind;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * What every request meets first, before any body is read: its correlation id, and the body size
 * limit, answered 413 from the {@code Content-Length} alone so an oversize body is never buffered.
 * Bodies sent without a length are cut off by Vert.x' own limit, whose failure is answered here too.
 */
@ApplicationScoped
public class HttpEdge {

    private final HttpConfig config;
    private final ObjectMapper mapper;

    HttpEdge(HttpConfig config, ObjectMapper mapper) {
        this.config = config;
        this.mapper = mapper;
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::admit);
        router.route().order(Integer.MIN_VALUE).failureHandler(this::answerFailure);
    }

    private void admit(RoutingContext ctx) {
        String id = RequestCorrelation.assign(ctx);
        MDC.put(RequestCorrelation.MDC_KEY, id);
        ctx.response().putHeader(RequestCorrelation.HEADER, id);
        String length = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null && exceedsLimit(length)) {
            ctx.response().putHeader(HttpHeaders.CONNECTION, "close");
            answer(ctx, ProblemKind.PAYLOAD_TOO_LARGE, limitDetail());
            return;
        }
        ctx.next();
    }

    private void answerFailure(RoutingContext ctx) {
        if (ctx.statusCode() == 413 && !ctx.response().ended()) {
            answer(ctx, ProblemKind.PAYLOAD_TOO_LARGE, limitDetail());
        } else {
            ctx.next();
        }
    }

    private boolean exceedsLimit(String contentLength) {
        try {
            return Long.parseLong(contentLength.trim()) > config.maxBodySize();
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private String limitDetail() {
        return "The request body must not exceed " + config.maxBodySize() + " bytes";
    }

    private void answer(RoutingContext ctx, ProblemKind kind, String detail) {
        ProblemResponses.end(ctx, mapper, kind, detail);
    }
}
