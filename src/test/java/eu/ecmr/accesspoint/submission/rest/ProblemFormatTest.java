package eu.ecmr.accesspoint.submission.rest;

import static eu.ecmr.accesspoint.support.Api.JOSE;
import static eu.ecmr.accesspoint.support.Api.NOTES;
import static eu.ecmr.accesspoint.support.Api.problem;
import static eu.ecmr.accesspoint.support.Api.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import eu.ecmr.accesspoint.support.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.Response;

/** One problem model for the whole API: correlated, and free of internals. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class ProblemFormatTest {

    @TestHTTPResource(NOTES)
    URL notes;

    @Test
    void echoesTheCallersRequestIdInTheHeaderAndTheProblem() {
        given().auth().oauth2(TestTokens.carrierA()).header("X-Request-ID", "roadside-42")
                .contentType(JOSE).body("not a jws")
                .when().post(NOTES).then()
                .statusCode(400)
                .header("X-Request-ID", "roadside-42")
                .body("correlationId", equalTo("roadside-42"))
                .body("instance", equalTo(NOTES));
    }

    @Test
    void givesEveryResponseACorrelationIdWhenTheCallerSentNone() {
        Response response = given().contentType(JOSE).body("x").when().post(NOTES).then().statusCode(401)
                .extract().response();

        assertThat(response.header("X-Request-ID")).isNotBlank().isEqualTo(response.path("correlationId"));
    }

    @Test
    void replacesAnUnsafeRequestId() {
        String id = given().header("X-Request-ID", "<script>").when().get(NOTES + "/x").then()
                .extract().header("X-Request-ID");

        assertThat(id).doesNotContain("<").hasSizeGreaterThan(30);
    }

    @Test
    void neverShowsClassNamesOrStackTraces() {
        String body = given().auth().oauth2(TestTokens.carrierA()).contentType("application/jose+json")
                .body("{\"protected\":\"eyJhbGciOiJFUzI1NiJ9\",\"payload\":42,\"signature\":[]}")
                .when().post(NOTES).then().statusCode(400).extract().asString();

        assertThat(body).doesNotContain("Exception", "eu.ecmr", "java.", "\tat ");
    }

    @Test
    void refusesAnOversizeBodySentWithoutALength() throws Exception {
        byte[] twoMiB = new byte[2 * 1024 * 1024];
        HttpRequest request = HttpRequest.newBuilder(URI.create(notes.toString()))
                .header("Authorization", "Bearer " + TestTokens.carrierA())
                .header("Content-Type", JOSE)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(twoMiB)))
                .build();

        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).contains("urn:ecmr:problem:payload-too-large");
    }

    @Test
    void answersUnknownMethodsWithAProblem() {
        problem(given().auth().oauth2(TestTokens.carrierA()).when().delete(NOTES).then(), 405, "method-not-allowed");
    }
}
