package eu.ecmr.accesspoint.crash;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The realm {@code ecmr} on Keycloak, the issuer the packaged Access Point trusts. Reused when one
 * already answers on the port; otherwise started with {@code scripts/stack.sh up} (Keycloak only)
 * and stopped with {@code down} at the end. Tokens come from the password grant of {@code ecmr-cli}.
 */
final class Keycloak implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final CrashSettings settings;
    private final Map<String, String> stackEnv;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, String[]> cache = new java.util.concurrent.ConcurrentHashMap<>();
    private boolean started;

    private Keycloak(CrashSettings settings, Map<String, String> stackEnv) {
        this.settings = settings;
        this.stackEnv = stackEnv;
    }

    /** {@code pgPort}: stack.sh checks a PostgreSQL before Keycloak; it is given the test's own. */
    static Keycloak ensureRunning(CrashSettings settings, int pgPort) {
        Keycloak keycloak = new Keycloak(settings, Map.of("STACK_SKIP_APP", "1",
                "KEYCLOAK_PORT", String.valueOf(settings.keycloakPort()), "PG_HOST", "127.0.0.1",
                "PG_PORT", String.valueOf(pgPort), "PG_DB", PrivatePostgres.DATABASE));
        if (!keycloak.answers()) {
            System.out.println("[crash] starting Keycloak on port " + settings.keycloakPort() + " (scripts/stack.sh)");
            keycloak.started = true;
            Commands.run(List.of("bash", "scripts/stack.sh", "up"), keycloak.stackEnv, 600);
        }
        return keycloak;
    }

    String issuer() {
        return "http://localhost:" + settings.keycloakPort() + "/realms/ecmr";
    }

    /** A token fetched within the last two minutes (it lives five), for the checks between cycles. */
    String recentToken(String user) {
        long now = System.nanoTime();
        String[] cached = cache.compute(user, (u, was) -> was != null && now - Long.parseLong(was[1])
                < Duration.ofMinutes(2).toNanos() ? was : new String[] {token(u), String.valueOf(now)});
        return cached[0];
    }

    /** A fresh access token (5 minutes in the demo realm) for a user whose password is its name. */
    String token(String user) {
        String form = "grant_type=password&client_id=ecmr-cli&username=" + enc(user) + "&password=" + enc(user);
        HttpRequest request = HttpRequest.newBuilder(URI.create(issuer() + "/protocol/openid-connect/token"))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("Keycloak refused a token for " + user + ": " + response.body());
            }
            return JSON.readTree(response.body()).get("access_token").asText();
        } catch (IOException e) {
            throw new IllegalStateException("Keycloak did not answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private boolean answers() {
        try {
            HttpRequest discovery = HttpRequest.newBuilder(URI.create(issuer() + "/.well-known/openid-configuration"))
                    .timeout(Duration.ofSeconds(5)).build();
            return http.send(discovery, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public void close() {
        if (started) {
            Commands.run(List.of("bash", "scripts/stack.sh", "down"), stackEnv, 120);
        }
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
