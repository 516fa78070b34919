package eu.ecmr.accesspoint.handheld;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import eu.ecmr.accesspoint.security.Caller;
import eu.ecmr.accesspoint.security.CallerResolver;

/**
 * The inspector's handheld app at {@code /inspect/}: its page for inspectors and auditors, and a
 * plain refusal page for anyone else who signed in (a carrier's people), with a way to sign out.
 * Signing in is the code flow of the {@code inspect} OIDC tenant, required by an HTTP permission
 * before this resource is reached.
 */
@Path(HandheldPage.ROOT)
public class HandheldPage {

    static final String ROOT = "/inspect";

    /** Scripts, styles and media only from this origin; the page may not be framed. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data: blob:; media-src 'self' blob:; connect-src 'self'; worker-src 'self'; "
            + "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

    private static final String APP = page("handheld/index.html");
    private static final String REFUSED = page("handheld/forbidden.html");

    private final CallerResolver callers;

    HandheldPage(CallerResolver callers) {
        this.callers = callers;
    }

    /** The app at {@code /inspect/}; {@code /inspect} is sent there, as its assets are addressed relative to it. */
    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response app(@Context UriInfo uri) {
        if (!uri.getPath().endsWith("/")) {
            return Response.status(Response.Status.MOVED_PERMANENTLY).location(URI.create(ROOT + "/")).build();
        }
        Caller caller = callers.current();
        Response.ResponseBuilder answer = caller.isAuthority() ? Response.ok(APP)
                : Response.status(Response.Status.FORBIDDEN).entity(REFUSED);
        return answer.type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .header("Content-Security-Policy", CONTENT_SECURITY_POLICY)
                .header("Cache-Control", "no-cache")
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "no-referrer")
                .build();
    }

    private static String page(String resource) {
        try (InputStream in = HandheldPage.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
