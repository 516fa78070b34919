package eu.ecmr.accesspoint.common.rest;

import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.enterprise.context.RequestScoped;

import eu.ecmr.accesspoint.common.AccessPointException;
import eu.ecmr.accesspoint.common.ProblemKind;
import eu.ecmr.accesspoint.security.RequestPurpose;
import io.vertx.ext.web.RoutingContext;

/** Reads the purpose of the current request from its headers, for the access log. */
@RequestScoped
public class RequestPurposes {

    /** Printable text without control characters, as control references are typed by people. */
    private static final Pattern CONTROL_REFERENCE = Pattern.compile("[\\p{L}\\p{N}\\p{P}\\p{Zs}]{1,128}");

    private final RoutingContext ctx;

    RequestPurposes(RoutingContext ctx) {
        this.ctx = ctx;
    }

    public RequestPurpose current() {
        return withReference(ctx.request().getHeader(RequestPurpose.CONTROL_REFERENCE_HEADER));
    }

    /**
     * The purpose of this request with a control reference that came another way than the header:
     * a link the browser follows (the handheld's PDF) cannot carry a header.
     */
    public RequestPurpose withReference(String reference) {
        if (reference != null && !reference.isBlank() && !CONTROL_REFERENCE.matcher(reference).matches()) {
            throw AccessPointException.of(ProblemKind.INVALID_PARAMETER, RequestPurpose.CONTROL_REFERENCE_HEADER
                    + " must be 1 to 128 printable characters");
        }
        return new RequestPurpose(RequestCorrelation.of(ctx),
                Optional.ofNullable(reference).map(String::strip).filter(r -> !r.isEmpty()));
    }
}
