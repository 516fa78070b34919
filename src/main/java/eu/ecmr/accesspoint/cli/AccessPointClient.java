package eu.ecmr.accesspoint.cli;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * The Access Point's carrier API (contract: {@code /api/v1/consignment-notes}). Every address is
 * built from the base URL given on the command line, so the token goes nowhere else.
 */
final class AccessPointClient {

    static final String NOTES = "/api/v1/consignment-notes";

    private final URI base;
    private final String token;

    AccessPointClient(URI base, String token) {
        this.base = URI.create(base.toString().replaceAll("/+$", "") + "/");
        this.token = token;
    }

    HttpResponse<byte[]> submit(byte[] jws, String mediaType) {
        HttpRequest request = Http.request(uri(NOTES))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", mediaType)
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(jws)).build();
        return Http.send(request, "the Access Point");
    }

    /** GET of one of a note's representations ({@code original}, {@code timestamp}, {@code pdf}), or a refusal. */
    byte[] noteRepresentation(String noteId, String representation) {
        String path = NOTES + "/" + noteId + "/" + representation;
        HttpResponse<byte[]> response = Http.send(Http.request(uri(path))
                .header("Authorization", "Bearer " + token).GET().build(), "the Access Point");
        if (response.statusCode() != 200) {
            throw ProblemReport.failure("GET " + path, response);
        }
        return response.body();
    }

    private URI uri(String path) {
        return base.resolve(path.substring(1));
    }
}
