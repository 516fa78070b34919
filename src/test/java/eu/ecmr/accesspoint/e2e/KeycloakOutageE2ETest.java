package eu.ecmr.accesspoint.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.restassured.response.ValidatableResponse;

/**
 * Keycloak goes away and comes back; the Access Point keeps answering and recovers on its own.
 * Always leaves the stack up again for the other tests.
 */
@ExtendWith(StackExtension.class)
class KeycloakOutageE2ETest {

    private static final String SEARCH = "/api/v1/consignment-notes";
    private static final String PROBLEM_TYPE = "urn:ecmr:problem:identity-provider-unavailable";

    @Test
    void answersWithoutKeycloakAndRecoversWhenItReturns() {
        String inspector = Keycloak.userToken("inspector");
        given().auth().oauth2(inspector).get(SEARCH).then().statusCode(200);
        try {
            Stack.down("keycloak");

            // Tokens signed with the keys the Access Point holds are still checked, and answered.
            given().auth().oauth2(inspector).get(SEARCH).then().statusCode(200);
            // A key it does not hold (as after a rotation) cannot be fetched: not 401, the token may be good.
            assertUnavailable(given().auth().oauth2(Keycloak.withUnknownKeyId(inspector)).get(SEARCH).then());
            waitPastKeyRefreshInterval();
            Processes.Result submit = CarrierToolkit.run("submit", "--url", Stack.ACCESS_POINT,
                    "--token", Keycloak.withUnknownKeyId(inspector), "openapi/examples/consignment-note.jws");
            assertThat(submit.exitCode()).as(submit.toString()).isEqualTo(3);
            assertThat(submit.err()).contains("failed (503): The identity provider cannot be reached to check the token")
                    .contains("try again in 10 s");

            // An Access Point (re)started while Keycloak is down cannot set its provider up yet.
            Stack.down("access-point");
            Stack.up("access-point");
            assertUnavailable(given().auth().oauth2(inspector).get(SEARCH).then());
            given().get("/q/health/ready").then().statusCode(200);

            Stack.up("keycloak");
            Awaitility.await("the Access Point accepting Keycloak's tokens again, without a restart")
                    .atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(2))
                    .until(() -> given().auth().oauth2(Keycloak.userToken("inspector")).get(SEARCH).statusCode() == 200);
            given().auth().oauth2(Keycloak.withUnknownKeyId(Keycloak.userToken("inspector"))).get(SEARCH).then()
                    .statusCode(401).body("type", equalTo("urn:ecmr:problem:unauthenticated"));
        } finally {
            Stack.up(); // whatever a failure left stopped
        }
    }

    /**
     * quarkus-oidc goes to the provider for an unknown key id at most once per
     * forced-jwk-refresh-interval (the suite sets one second, see {@link Stack}); within it, such a
     * token is answered 401 without asking. Not an assertion on time: only the interval honoured.
     */
    private static void waitPastKeyRefreshInterval() {
        try {
            Thread.sleep(Duration.ofSeconds(2).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void assertUnavailable(ValidatableResponse response) {
        response.statusCode(503).contentType("application/problem+json").header("Retry-After", "10")
                .body("type", equalTo(PROBLEM_TYPE)).body("status", equalTo(503));
    }
}
