package eu.ecmr.accesspoint.cli;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Says in plain lines why the Access Point did not do what was asked: the RFC 9457 problem's
 * title and detail, each bad field by JSON Pointer, its stable type (what software should switch
 * on) and the correlation id the operator can look up. Answers that are not problem+json (a
 * proxy's, say) are shown by status and the start of their body.
 */
final class ProblemReport {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_RAW_BODY = 300;

    private ProblemReport() {
    }

    /** The failure for an unwanted answer: unavailable for 5xx (try later), refused otherwise. */
    static CliException failure(String request, HttpResponse<byte[]> response) {
        String text = describe(request, response);
        return response.statusCode() >= 500 ? CliException.unavailable(text, null) : CliException.refused(text);
    }

    static String describe(String request, HttpResponse<byte[]> response) {
        return describe(request, response.statusCode(), Http.header(response, "Content-Type"),
                Http.header(response, "Retry-After"), response.body());
    }

    static String describe(String request, int status, String contentType, String retryAfter, byte[] body) {
        StringBuilder out = new StringBuilder();
        JsonNode problem = problem(contentType, body);
        if (problem == null) {
            out.append(request).append(": HTTP ").append(status);
            String text = new String(body, StandardCharsets.UTF_8).strip();
            if (!text.isEmpty()) {
                out.append("\n  ").append(text.length() > MAX_RAW_BODY ? text.substring(0, MAX_RAW_BODY) + "..." : text);
            }
        } else {
            out.append(request).append(status >= 500 ? " failed (" : " refused (").append(status).append("): ")
                    .append(problem.path("title").asText("no title"));
            line(out, "", problem.path("detail").asText(""));
            for (JsonNode error : problem.path("errors")) {
                line(out, "- ", error.path("pointer").asText("") + ": " + error.path("detail").asText(""));
            }
            line(out, "type: ", problem.path("type").asText(""));
            line(out, "correlation id: ", problem.path("correlationId").asText(""));
        }
        if (!retryAfter.isBlank()) {
            line(out, "", "The Access Point asks to try again in " + retryAfter.strip() + " s.");
        }
        return out.toString();
    }

    private static void line(StringBuilder out, String prefix, String text) {
        if (!text.isBlank()) {
            out.append("\n  ").append(prefix).append(text);
        }
    }

    private static JsonNode problem(String contentType, byte[] body) {
        if (!contentType.startsWith("application/problem+json")) {
            return null;
        }
        try {
            JsonNode node = JSON.readTree(body);
            return node != null && node.isObject() ? node : null;
        } catch (IOException e) {
            return null;
        }
    }
}
