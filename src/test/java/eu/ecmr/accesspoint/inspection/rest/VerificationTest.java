package eu.ecmr.accesspoint.inspection.rest;

import static eu.ecmr.accesspoint.support.Api.NOTES;
import static eu.ecmr.accesspoint.support.Api.problem;
import static eu.ecmr.accesspoint.support.Api.submitCompact;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import eu.ecmr.accesspoint.signature.SampleSigner;
import eu.ecmr.accesspoint.support.SampleNotes;
import eu.ecmr.accesspoint.support.StoredRows;
import eu.ecmr.accesspoint.support.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/** Verification from the stored bytes: an honest note passes; any tampering in the database fails it. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class VerificationTest {

    @Inject
    StoredRows stored;
    private String id;
    private String digest;

    @BeforeEach
    void carrierASubmitsANote() {
        var receipt = submitCompact(TestTokens.carrierA(), SampleSigner.carrierA().sign(SampleNotes.document()))
                .statusCode(201).extract();
        id = receipt.path("id");
        digest = receipt.path("payloadDigest.value");
    }

    private String verdict(String token) {
        return given().auth().oauth2(token).when().post(NOTES + "/" + id + "/verification").then().statusCode(200)
                .extract().path("verdict");
    }

    @Test
    void anHonestNotePassesEveryCheckIncludingItsAuditRecord() {
        given().auth().oauth2(TestTokens.inspector()).when().post(NOTES + "/" + id + "/verification").then()
                .statusCode(200)
                .body("verdict", equalTo("PASSED"))
                .body("checks.find { it.name == 'audit-inclusion' }.indication", equalTo("PASSED"))
                .body("checks.find { it.name == 'signature' }.indication", equalTo("PASSED"))
                .body("checks.find { it.name == 'timestamp' }.indication", equalTo("PASSED"));
    }

    @Test
    void tamperingWithAnyStoredByteOrColumnFailsTheVerdict() {
        for (String tampering : List.of(
                // one byte in the middle of the original, still a base64url character
                "update consignment_note set original = set_byte(original, length(original) / 2, case when"
                        + " get_byte(original, length(original) / 2) = 65 then 66 else 65 end) where id = '%s'",
                "update consignment_note set payload_digest = repeat('0', 64) where id = '%s'",
                "update consignment_note set vehicle_registration = 'ZZ-999-Z' where id = '%s'",
                "update consignment_note set vehicle_key = 'ZZ999Z' where id = '%s'",
                "update consignment_note set ecmr_number = 'FORGED-1' where id = '%s'",
                "update consignment_note set signer_org_id = 'VATBE-BE0000000002' where id = '%s'",
                // the last byte of the timestamp reply: part of the TSA's signature value
                "update consignment_note set timestamp_reply = set_byte(timestamp_reply, length(timestamp_reply) - 1,"
                        + " 255 - get_byte(timestamp_reply, length(timestamp_reply) - 1)) where id = '%s'",
                "update consignment_note set taking_over_date = date '2020-01-01' where id = '%s'")) {
            carrierASubmitsANote();
            assertThat(verdict(TestTokens.auditor())).isEqualTo("PASSED");

            stored.execute(tampering.formatted(id));

            assertThat(verdict(TestTokens.auditor())).as(tampering).isEqualTo("FAILED");
        }
    }

    @Test
    void theQrCodesUrlAnswersNoteAndVerdictInOneRequest() {
        given().auth().oauth2(TestTokens.inspector()).queryParam("sha256", digest.toUpperCase())
                .when().get(NOTES + "/" + id + "/verification").then().statusCode(200)
                .body("note.id", equalTo(id))
                .body("note.document.carrier.id", equalTo(TestTokens.CARRIER_A))
                .body("verification.verdict", equalTo("PASSED"))
                .body("scannedDigestMatches", equalTo(true));
        given().auth().oauth2(TestTokens.inspector()).queryParam("sha256", "00".repeat(32))
                .when().get(NOTES + "/" + id + "/verification").then().statusCode(200)
                .body("scannedDigestMatches", equalTo(false));
    }

    @Test
    void everyAuthorityVerificationIsLogged() {
        String requestId = "verify-" + UUID.randomUUID();
        given().auth().oauth2(TestTokens.inspector()).header("X-Request-ID", requestId)
                .header("X-Control-Reference", "A2 km 31").when().post(NOTES + "/" + id + "/verification").then()
                .statusCode(200);

        assertThat(stored.count("select count(*) from audit_entry where request_id = '" + requestId
                + "' and event_type = 'VERIFICATION' and control_reference = 'A2 km 31'")).isEqualTo(1);
    }

    @Test
    void verificationFollowsTheReadingRules() {
        assertThat(verdict(TestTokens.carrierA())).isEqualTo("PASSED");
        problem(given().auth().oauth2(TestTokens.carrierB()).when().post(NOTES + "/" + id + "/verification").then(),
                404, "not-found");
        problem(given().when().post(NOTES + "/" + id + "/verification").then(), 401, "unauthenticated");
    }
}
