package eu.ecmr.accesspoint.e2e;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The production-like stack of {@code scripts/stack.sh}: PostgreSQL, Keycloak with the realm of
 * {@code src/main/keycloak/ecmr-realm.json}, and the packaged Access Point. Ports and database are
 * the script's defaults unless KEYCLOAK_PORT, AP_PORT and PG_DB say otherwise, so that several
 * work trees on one machine can each run the suite.
 */
final class Stack {

    static final String KEYCLOAK_PORT = env("KEYCLOAK_PORT", "8180");
    static final String AP_PORT = env("AP_PORT", "8080");
    static final String ACCESS_POINT = "http://localhost:" + AP_PORT;
    static final String KEYCLOAK = "http://localhost:" + KEYCLOAK_PORT;
    static final String REALM = KEYCLOAK + "/realms/ecmr";
    static final String TOKEN_ENDPOINT = REALM + "/protocol/openid-connect/token";

    /** What stack.sh says, kept apart from the test run's own output. */
    static final Path LOG = Path.of("target", "e2e-stack.log");

    /**
     * Settings for the Access Point the suite starts (stack.sh hands its environment on):
     * checkpoints every two seconds, so the auditor has one to check within the day; and a new
     * key id looked up at the provider at once, rather than at most every ten minutes, so that
     * the outage test sees what a rotated key meets while Keycloak is down.
     */
    private static final Map<String, String> ACCESS_POINT_SETTINGS = Map.of(
            "ECMR_AUDIT_CHECKPOINT_EVERY", "PT2S",
            "QUARKUS_OIDC_TOKEN_FORCED_JWK_REFRESH_INTERVAL", "PT1S");

    /**
     * How long stack.sh waits for each component, unless the caller says: a fresh Keycloak first
     * builds itself (over a minute on a busy two-core CI machine) before it imports the realm.
     */
    private static final Map<String, String> READY_TIMEOUTS = Map.of(
            "KC_READY_TIMEOUT", env("KC_READY_TIMEOUT", "600"),
            "AP_READY_TIMEOUT", env("AP_READY_TIMEOUT", "300"));

    private Stack() {
    }

    /** {@code stack.sh up [component...]}: starts what is not running and returns once it answers. */
    static void up(String... components) {
        script("up", components);
    }

    /** {@code stack.sh down [component...]}: stops what {@code up} started. */
    static void down(String... components) {
        script("down", components);
    }

    static boolean anythingAnswers() {
        return Processes.run(List.of("bash", "scripts/stack.sh", "status"), Map.of()).out().lines()
                .anyMatch(line -> line.matches("\\[stack] (keycloak|access-point):\\s+running.*")
                        || line.contains("but something else answers"));
    }

    private static void script(String command, String... components) {
        List<String> line = new ArrayList<>(List.of("bash", "scripts/stack.sh", command));
        line.addAll(List.of(components));
        Map<String, String> environment = new HashMap<>(ACCESS_POINT_SETTINGS);
        environment.putAll(READY_TIMEOUTS);
        int code = Processes.runLoggingTo(LOG, line, environment);
        if (code != 0) {
            throw new IllegalStateException("scripts/stack.sh " + String.join(" ", line.subList(2, line.size()))
                    + " failed (exit " + code + "); see " + LOG + " and the logs in target/stack/");
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
