package eu.ecmr.accesspoint.submission.rest;

import static eu.ecmr.accesspoint.support.Api.NOTES;
import static eu.ecmr.accesspoint.support.Api.problem;
import static eu.ecmr.accesspoint.support.Api.submitCompact;
import static io.restassured.RestAssured.given;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import eu.ecmr.accesspoint.signature.SampleSigner;
import eu.ecmr.accesspoint.support.SampleNotes;
import eu.ecmr.accesspoint.support.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/** Who may read a note: its own carrier and the authorities; for other carriers it does not exist. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class NoteAccessTest {

    private static final List<String> READS = List.of("", "/original", "/timestamp");
    private String id;

    @BeforeEach
    void carrierASubmitsANote() {
        id = submitCompact(TestTokens.carrierA(), SampleSigner.carrierA().sign(SampleNotes.document()))
                .statusCode(201).extract().path("id");
    }

    @Test
    void theSubmittingCarrierReadsEverything() {
        for (String read : READS) {
            given().auth().oauth2(TestTokens.carrierA()).when().get(NOTES + "/" + id + read).then().statusCode(200);
        }
    }

    @Test
    void anotherCarriersNoteIsNotFound() {
        for (String read : READS) {
            problem(given().auth().oauth2(TestTokens.carrierB()).when().get(NOTES + "/" + id + read).then(),
                    404, "not-found");
        }
    }

    @Test
    void anUnknownNoteIsNotFound() {
        problem(given().auth().oauth2(TestTokens.carrierA()).when().get(NOTES + "/" + UUID.randomUUID()).then(),
                404, "not-found");
        problem(given().auth().oauth2(TestTokens.carrierA()).when().get(NOTES + "/not-a-uuid").then(),
                404, "not-found");
    }

    @Test
    void readingNeedsAToken() {
        for (String read : READS) {
            problem(given().when().get(NOTES + "/" + id + read).then(), 401, "unauthenticated");
        }
    }

    @Test
    void aTokenWithoutAnyRoleOfTheContractIsForbidden() {
        String nobody = TestTokens.withClaims("visitor", java.util.Set.of("visitor"), java.util.Map.of());
        for (String read : List.of("", "/original", "/timestamp", "/pdf", "/history")) {
            problem(given().auth().oauth2(nobody).when().get(NOTES + "/" + id + read).then(), 403, "forbidden");
        }
        problem(given().auth().oauth2(nobody).when().get(NOTES + "?vehicle=BX-123-Z").then(), 403, "forbidden");
        problem(given().auth().oauth2(nobody).when().post(NOTES + "/" + id + "/verification").then(), 403,
                "forbidden");
    }

    @Test
    void inspectorsAndAuditorsReadAnyNote() {
        for (String token : List.of(TestTokens.inspector(), TestTokens.auditor())) {
            for (String read : READS) {
                given().auth().oauth2(token).when().get(NOTES + "/" + id + read).then().statusCode(200);
            }
        }
    }
}
