package eu.ecmr.accesspoint.cli;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;

/** The toolkit's one HTTP client: bounded waits, and failures to reach a server told as such. */
final class Http {

    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    /** Generous: the first request for a note's PDF renders and seals it. */
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(120);

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .connectTimeout(CONNECT_TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER) // a bearer token is never sent on to another address
            .build();

    private Http() {
    }

    static HttpRequest.Builder request(URI uri) {
        return HttpRequest.newBuilder(uri).timeout(REQUEST_TIMEOUT).header("User-Agent", "ecmr-carrier");
    }

    static HttpResponse<byte[]> send(HttpRequest request, String what) {
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (ConnectException e) {
            throw CliException.unavailable("cannot connect to " + what + " at " + origin(request.uri()), e);
        } catch (HttpTimeoutException e) {
            throw CliException.unavailable(what + " at " + origin(request.uri()) + " did not answer in time", e);
        } catch (IOException e) {
            throw CliException.unavailable("the exchange with " + what + " at " + origin(request.uri()) + " failed: "
                    + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw CliException.unavailable("interrupted while waiting for " + what, e);
        }
    }

    static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse("");
    }

    private static String origin(URI uri) {
        return uri.getScheme() + "://" + uri.getAuthority();
    }
}
