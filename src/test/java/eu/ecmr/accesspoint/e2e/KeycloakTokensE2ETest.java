package eu.ecmr.accesspoint.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;

/** What the Access Point makes of Keycloak's own tokens: the realm's clients, expiry, another realm. */
@ExtendWith(StackExtension.class)
class KeycloakTokensE2ETest {

    private static final String SEARCH = "/api/v1/consignment-notes";

    @Test
    void aCarriersSoftwareGetsItsCarrierAndRoleByClientCredentials() {
        JsonNode claims = Keycloak.claims(Keycloak.clientToken("carrier-a-tms"));

        assertThat(claims.path("carrier_id").asText()).isEqualTo(Keycloak.CARRIER_A);
        assertThat(claims.path("realm_access").path("roles").toString()).contains("\"carrier\"");
        assertThat(claims.path("exp").asLong() - claims.path("iat").asLong()).isEqualTo(300);
        assertThat(Keycloak.claims(Keycloak.clientToken("carrier-b-tms")).path("carrier_id").asText())
                .isEqualTo(Keycloak.CARRIER_B);
    }

    @Test
    void anExpiredTokenIsRefused() {
        String client = Keycloak.createPublicClient("e2e-short-lived-" + UUID.randomUUID(), 5);
        try {
            String token = Keycloak.token(Stack.TOKEN_ENDPOINT, Map.of("grant_type", "password",
                    "client_id", client, "username", "inspector", "password", "inspector"));
            Instant expiry = Instant.ofEpochSecond(Keycloak.claims(token).path("exp").asLong());

            Awaitility.await("the token's expiry at " + expiry).atMost(Duration.ofMinutes(1))
                    .pollInterval(Duration.ofMillis(500)).until(() -> Instant.now().isAfter(expiry.plusSeconds(1)));

            given().auth().oauth2(token).get(SEARCH).then().statusCode(401)
                    .contentType("application/problem+json").header("WWW-Authenticate", "Bearer")
                    .body("type", equalTo("urn:ecmr:problem:unauthenticated"));
        } finally {
            Keycloak.deleteClient(client);
        }
    }

    @Test
    void aTokenFromAnotherRealmIsRefused() {
        String master = Keycloak.masterAdminToken();
        assertThat(Keycloak.claims(master).path("iss").asText()).endsWith("/realms/master");

        given().auth().oauth2(master).get(SEARCH).then().statusCode(401)
                .contentType("application/problem+json").body("type", equalTo("urn:ecmr:problem:unauthenticated"));
    }

    @Test
    void guessingAPasswordLocksTheUserOutAndTheToolkitSaysSo() throws Exception {
        String user = Keycloak.createUser("e2e-guessed-" + UUID.randomUUID().toString().substring(0, 8), "right-password");
        try {
            for (int attempt = 0; attempt < 5; attempt++) {
                given().formParams(Map.of("grant_type", "password", "client_id", "ecmr-cli", "username", user,
                        "password", "wrong-" + attempt)).post(Stack.TOKEN_ENDPOINT).then().statusCode(401)
                        .body("error", equalTo("invalid_grant"));
            }

            // Brute-force protection: now even the right password gets no token (for a while).
            Processes.Result submit = CarrierToolkit.run(Map.of("ECMR_PASSWORD", "right-password"), "submit",
                    "--url", Stack.ACCESS_POINT, "--username", user, "openapi/examples/consignment-note.jws");
            assertThat(submit.exitCode()).as(submit.toString()).isEqualTo(1);
            assertThat(submit.err()).contains("The identity provider refused a token (401 invalid_grant)");
        } finally {
            Keycloak.deleteUser(user);
        }
    }

    @Test
    void theRealmsUsersAndClientsStillWork() {
        given().auth().oauth2(Keycloak.userToken("inspector")).get(SEARCH).then().statusCode(200);
        given().auth().oauth2(Keycloak.userToken("carrier-b")).get(SEARCH).then().statusCode(200);
        given().auth().oauth2(Keycloak.clientToken("carrier-a-tms")).get(SEARCH).then().statusCode(200);
        given().auth().oauth2(Keycloak.userToken("carrier-a")).get("/api/v1/audit/entries").then().statusCode(403)
                .body("type", equalTo("urn:ecmr:problem:forbidden"));
    }
}
