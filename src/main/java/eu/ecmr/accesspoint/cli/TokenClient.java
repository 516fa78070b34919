package eu.ecmr.accesspoint.cli;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Gets an access token from the identity provider the Access Point names. */
final class TokenClient {

    private static final ObjectMapper JSON = new ObjectMapper();

    private TokenClient() {
    }

    static String token(TokenOptions options, URI accessPoint) {
        if (options.token != null && !options.token.isBlank()) {
            return options.token.trim();
        }
        Map<String, String> form = new LinkedHashMap<>();
        if (options.username != null) {
            if (options.password == null) {
                throw CliException.usage("--username needs --password (or env ECMR_PASSWORD)");
            }
            form.put("grant_type", "password");
            form.put("username", options.username);
            form.put("password", options.password);
        } else if (options.clientSecret != null) {
            form.put("grant_type", "client_credentials");
        } else {
            throw CliException.usage("say who submits: --client-id and --client-secret (a carrier's system),"
                    + " --username and --password (a person), or --token");
        }
        form.put("client_id", options.clientId);
        if (options.clientSecret != null) {
            form.put("client_secret", options.clientSecret);
        }
        URI endpoint = options.tokenUrl != null ? options.tokenUrl : discoverTokenEndpoint(accessPoint);
        HttpResponse<byte[]> response = Http.send(Http.request(endpoint)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(encode(form))).build(), "the identity provider");
        JsonNode body = json(response.body());
        if (response.statusCode() == 200 && body.hasNonNull("access_token")) {
            return body.get("access_token").asText();
        }
        if (response.statusCode() >= 500) {
            throw CliException.unavailable("the identity provider answered " + response.statusCode(), null);
        }
        // RFC 6749 s.5.2: error and error_description, e.g. invalid_client, invalid_grant.
        throw CliException.refused("The identity provider refused a token (" + response.statusCode() + " "
                + body.path("error").asText("no error code") + "): "
                + body.path("error_description").asText("no description"));
    }

    /** RFC 9728 protected-resource metadata, then the provider's OpenID configuration. */
    static URI discoverTokenEndpoint(URI accessPoint) {
        JsonNode resource = getJson(accessPoint.resolve("/.well-known/oauth-protected-resource"), "the Access Point");
        String issuer = resource.path("authorization_servers").path(0).asText("");
        if (issuer.isEmpty()) {
            throw CliException.usage("the Access Point names no identity provider; give --token-url");
        }
        URI configuration = URI.create(issuer.replaceAll("/+$", "") + "/.well-known/openid-configuration");
        String endpoint = getJson(configuration, "the identity provider").path("token_endpoint").asText("");
        if (endpoint.isEmpty()) {
            throw CliException.usage("the identity provider at " + issuer + " names no token endpoint; give --token-url");
        }
        return URI.create(endpoint);
    }

    private static JsonNode getJson(URI uri, String what) {
        HttpResponse<byte[]> response = Http.send(Http.request(uri).header("Accept", "application/json").GET().build(), what);
        if (response.statusCode() != 200) {
            if (response.statusCode() >= 500) {
                throw CliException.unavailable(what + " answered " + response.statusCode() + " at " + uri, null);
            }
            throw CliException.usage(what + " answered " + response.statusCode() + " at " + uri);
        }
        return json(response.body());
    }

    private static JsonNode json(byte[] body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            return JSON.createObjectNode();
        }
    }

    private static String encode(Map<String, String> form) {
        return form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
