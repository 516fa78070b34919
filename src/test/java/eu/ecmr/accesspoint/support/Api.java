package eu.ecmr.accesspoint.support;

import static io.restassured.RestAssured.given;

import io.restassured.response.ValidatableResponse;

/** Short REST Assured calls to the carrier API. */
public final class Api {

    public static final String NOTES = "/api/v1/consignment-notes";
    public static final String JOSE = "application/jose";
    public static final String JOSE_JSON = "application/jose+json";

    private Api() {
    }

    public static ValidatableResponse submit(String token, String contentType, String body) {
        return given().auth().oauth2(token).contentType(contentType).body(body)
                .when().post(NOTES).then();
    }

    public static ValidatableResponse submitCompact(String token, String jws) {
        return submit(token, JOSE, jws);
    }

    /** Asserts an RFC 9457 problem of the given status and type, with a correlation id. */
    public static ValidatableResponse problem(ValidatableResponse response, int status, String slug) {
        return response.statusCode(status)
                .contentType("application/problem+json")
                .body("type", org.hamcrest.Matchers.equalTo("urn:ecmr:problem:" + slug))
                .body("status", org.hamcrest.Matchers.equalTo(status))
                .body("title", org.hamcrest.Matchers.notNullValue())
                .body("correlationId", org.hamcrest.Matchers.notNullValue());
    }
}
