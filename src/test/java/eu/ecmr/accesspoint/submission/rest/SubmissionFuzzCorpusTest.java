package eu.ecmr.accesspoint.submission.rest;

import static eu.ecmr.accesspoint.support.Api.NOTES;
import static eu.ecmr.accesspoint.support.Api.problem;
import static eu.ecmr.accesspoint.support.Api.submitCompact;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;

import java.nio.charset.StandardCharsets;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import eu.ecmr.accesspoint.signature.SampleSigner;
import eu.ecmr.accesspoint.support.SampleNotes;
import eu.ecmr.accesspoint.support.StoredRows;
import eu.ecmr.accesspoint.support.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.RestAssured;

/** The corpus of the HTTP fuzzing (docs/FUZZING.md): requests that were once answered 500. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class SubmissionFuzzCorpusTest {

    @Inject
    StoredRows stored;
    private long notesBefore;

    @BeforeEach
    void countNotes() {
        notesBefore = stored.notes();
    }

    @AfterEach
    void nothingWasStored() {
        assertThat(stored.notes()).isEqualTo(notesBefore);
    }

    /** Was a NullPointerException, or with a wildcard type an IllegalArgumentException: @Consumes lets both through. */
    @Test
    void refusesABodyWithoutAContentTypeAs415() {
        byte[] jws = SampleSigner.carrierA().sign(SampleNotes.document()).getBytes(StandardCharsets.US_ASCII);
        problem(RestAssured.given().auth().oauth2(TestTokens.carrierA()).noContentType().body(jws)
                .when().post(NOTES).then(), 415, "unsupported-media-type");
        problem(RestAssured.given().auth().oauth2(TestTokens.carrierA()).contentType("*/*").body(jws)
                .when().post(NOTES).then(), 415, "unsupported-media-type");
    }

    /** Was a NullPointerException in the reader behind a valid signature. */
    @Test
    void refusesASignedBlankPayloadAsMalformed() {
        problem(submitCompact(TestTokens.carrierA(), SampleSigner.carrierA().sign(" ")), 400, "malformed-payload");
    }

    /** Was a NumberFormatException in the reader behind a valid signature. */
    @Test
    void refusesASignedWeightBeyondAnyDecimalAsInvalidContent() {
        String document = new String(SampleNotes.document(d -> ((com.fasterxml.jackson.databind.node.ObjectNode)
                d.withArray("goods").get(0)).put("grossWeightKg", "@w@")), StandardCharsets.UTF_8)
                .replace("\"@w@\"", "1e-2147483648");
        problem(submitCompact(TestTokens.carrierA(), SampleSigner.carrierA().sign(document)), 422, "content-invalid")
                .body("errors.pointer", contains("/goods/0/grossWeightKg"));
    }
}
