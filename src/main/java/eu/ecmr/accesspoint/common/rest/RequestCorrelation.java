package eu.ecmr.accesspoint.common.rest;

import java.util.UUID;
import java.util.regex.Pattern;

import io.vertx.ext.web.RoutingContext;

/**
 * The correlation id of a request: the caller's {@code X-Request-ID} when it is a sane token,
 * otherwise a fresh UUID. It is echoed in the response header, set in the logging MDC and put into
 * every problem body, so that a carrier's support call can be matched to one log line.
 */
public final class RequestCorrelation {

    public static final String HEADER = "X-Request-ID";
    public static final String MDC_KEY = "correlationId";
    private static final String CONTEXT_KEY = "ecmr.correlationId";
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    private RequestCorrelation() {
    }

    static String assign(RoutingContext ctx) {
        String offered = ctx.request().getHeader(HEADER);
        String id = offered != null && SANE.matcher(offered).matches() ? offered : UUID.randomUUID().toString();
        ctx.put(CONTEXT_KEY, id);
        return id;
    }

    public static String of(RoutingContext ctx) {
        String id = ctx == null ? null : ctx.get(CONTEXT_KEY);
        return id != null ? id : assign(ctx);
    }
}
