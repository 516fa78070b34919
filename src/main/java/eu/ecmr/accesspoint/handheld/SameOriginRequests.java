package eu.ecmr.accesspoint.handheld;

import java.util.Set;

import jakarta.ws.rs.container.ContainerRequestContext;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import eu.ecmr.accesspoint.common.AccessPointException;
import eu.ecmr.accesspoint.common.ProblemKind;

/**
 * Cross-site request forgery defence for the handheld's API, which a session cookie authenticates:
 * the page's own script sends {@code X-Requested-With: JavaScript}, a header no other site can add
 * without a CORS preflight this server never grants; and a browser's {@code Sec-Fetch-Site} must
 * not say that another site sent the request. The PDF is a link the browser follows, so only the
 * second rule holds for it. The session cookie is SameSite=Lax as well.
 */
public class SameOriginRequests {

    static final String SCRIPT_HEADER = "X-Requested-With";
    static final String SCRIPT_VALUE = "JavaScript";
    private static final Set<String> OWN_SITE = Set.of("same-origin", "none");
    private static final String API = HandheldPage.ROOT + "/api/";

    @ServerRequestFilter
    public void refuseForeignRequests(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (!path.startsWith(API)) {
            return;
        }
        String site = request.getHeaderString("Sec-Fetch-Site");
        if (site != null && !OWN_SITE.contains(site)) {
            throw AccessPointException.of(ProblemKind.FORBIDDEN, "The handheld's API answers only its own pages");
        }
        if (!path.endsWith("/pdf") && !SCRIPT_VALUE.equals(request.getHeaderString(SCRIPT_HEADER))) {
            throw AccessPointException.of(ProblemKind.FORBIDDEN,
                    "The handheld's API answers only its own pages (" + SCRIPT_HEADER + " is missing)");
        }
    }
}
