package eu.ecmr.accesspoint.overload.rest;

import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import com.fasterxml.jackson.databind.ObjectMapper;

import eu.ecmr.accesspoint.common.ProblemKind;
import eu.ecmr.accesspoint.common.rest.ProblemResponses;
import eu.ecmr.accesspoint.overload.InFlightLimit;
import eu.ecmr.accesspoint.overload.OverloadConfig;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Bounds the expensive requests in progress (submissions; PDF copies, which may be rendered and
 * sealed) on the event loop, as they arrive: Vert.x' worker queue is unbounded, so without this an
 * overload would queue them until every one times out. Beyond the bound: 503 with Retry-After, at
 * once and before the body is read. A permit is returned when the answer ends or the client goes.
 */
@ApplicationScoped
public class InFlightLimits {

    private static final String SUBMISSIONS = "/api/v1/consignment-notes";
    private static final Pattern PDF = Pattern.compile("/(api/v1/consignment-notes|inspect/api/notes)/[^/]+/pdf/?");

    private final InFlightLimit submissions;
    private final InFlightLimit pdfs;
    private final ObjectMapper mapper;

    InFlightLimits(OverloadConfig config, ObjectMapper mapper) {
        this.submissions = new InFlightLimit("submissions", config.maxSubmissionsInFlight());
        this.pdfs = new InFlightLimit("PDF copies", config.maxPdfsInFlight());
        this.mapper = mapper;
    }

    void install(@Observes Router router) {
        // After HttpEdge (correlation id, body size), before authentication and any body is read.
        router.route().order(Integer.MIN_VALUE + 1).handler(this::admit);
    }

    private void admit(RoutingContext ctx) {
        InFlightLimit limit = limitFor(ctx.request().method(), ctx.request().path());
        if (limit == null) {
            ctx.next();
        } else if (limit.tryAcquire()) {
            ctx.addEndHandler(done -> limit.release());
            ctx.next();
        } else {
            // The body was never read: the connection cannot carry another request (as for HttpEdge's 413).
            ctx.response().putHeader(HttpHeaders.CONNECTION, "close");
            ProblemResponses.end(ctx, mapper, ProblemKind.SERVICE_UNAVAILABLE, limit.describe());
        }
    }

    /** The bound this request counts against, if any. */
    InFlightLimit limitFor(HttpMethod method, String path) {
        if (HttpMethod.POST.equals(method) && (SUBMISSIONS.equals(path) || (SUBMISSIONS + "/").equals(path))) {
            return submissions;
        }
        return HttpMethod.GET.equals(method) && path != null && PDF.matcher(path).matches() ? pdfs : null;
    }
}
