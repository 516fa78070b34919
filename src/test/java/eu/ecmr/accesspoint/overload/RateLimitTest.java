package eu.ecmr.accesspoint.overload;

import static eu.ecmr.accesspoint.support.Api.NOTES;
import static eu.ecmr.accesspoint.support.Api.problem;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import eu.ecmr.accesspoint.support.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.Response;

/** Each client has its own rate: one over it is answered 429 with Retry-After, others are served. */
@QuarkusTest
@TestProfile(RateLimitTest.ThreeAtOnce.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
class RateLimitTest {

    public static class ThreeAtOnce implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // Profile-prefixed too: the %test values of application.properties would win over plain names.
            // One token per 10 s: a slow, busy build machine cannot refill the bucket between the burst
            // and the refused request (at 0.5/s it once did, under a load average of 30).
            return Map.of("%test.ecmr.overload.rate-limit.burst", "3",
                    "%test.ecmr.overload.rate-limit.requests-per-second", "0.1");
        }
    }

    @Test
    void aClientOverItsBurstIsAnswered429WhileAnotherIsServedAndItRecovers() {
        String carrierA = TestTokens.carrier("carrier-rate", TestTokens.CARRIER_A);
        for (int i = 0; i < 3; i++) {
            search(carrierA).then().statusCode(200);
        }

        Response refused = search(carrierA);
        problem(refused.then(), 429, "rate-limited");
        assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 10L);

        search(TestTokens.carrierB()).then().statusCode(200);
        search(TestTokens.inspector()).then().statusCode(200);

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .until(() -> search(carrierA).statusCode() == 200);
    }

    @Test
    void aRequestWithoutAValidTokenIsStill401() {
        for (int i = 0; i < 5; i++) {
            problem(given().when().get(NOTES).then(), 401, "unauthenticated");
        }
    }

    private static Response search(String token) {
        return given().auth().oauth2(token).when().get(NOTES + "?ecmrNumber=RATE-1");
    }
}
