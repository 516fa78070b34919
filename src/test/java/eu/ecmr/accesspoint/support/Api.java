package eu.ecmr.accesspoint.support;

import static io.restassured.config.EncoderConfig.encoderConfig;

import io.restassured.RestAssured;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

/** Short REST Assured calls to the carrier API. */
public final class Api {

    public static final String NOTES = "/api/v1/consignment-notes";
    public static final String JOSE = "application/jose";
    public static final String JOSE_JSON = "application/jose+json";

    /** JWS bodies are sent as the exact text given, with the bare media type and no charset added. */
    private static final RestAssuredConfig CONFIG = RestAssured.config().encoderConfig(encoderConfig()
            .encodeContentTypeAs(JOSE, ContentType.TEXT)
            .encodeContentTypeAs(JOSE_JSON, ContentType.TEXT)
            .appendDefaultContentCharsetToContentTypeIfUndefined(false));

    private Api() {
    }

    public static RequestSpecification given() {
        return RestAssured.given().config(CONFIG);
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
