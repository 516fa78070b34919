package eu.ecmr.accesspoint.efti.rest;

import static eu.ecmr.accesspoint.support.Api.problem;
import static eu.ecmr.accesspoint.support.Api.submitCompact;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import eu.ecmr.accesspoint.efti.EftiXml;
import eu.ecmr.accesspoint.signature.SampleSigner;
import eu.ecmr.accesspoint.support.SampleNotes;
import eu.ecmr.accesspoint.support.StoredRows;
import eu.ecmr.accesspoint.support.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.ValidatableResponse;

/** The platform API for gates: subsets of the common data set, follow-ups; every call in the access log. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class PlatformApiTest {

    private static final String CONSIGNMENTS = "/v0/consignments/";

    @Inject
    StoredRows stored;

    private String id;

    @BeforeEach
    void carrierASubmitsANote() {
        id = submitCompact(TestTokens.carrierA(), SampleSigner.carrierA().sign(SampleNotes.document()))
                .statusCode(201).extract().path("id");
    }

    @Test
    void aGateFetchesTheNoteInTheSubsetsItAsksFor() {
        String requestId = "gate-" + UUID.randomUUID();
        byte[] eu01 = given().auth().oauth2(TestTokens.gate()).header("X-Request-ID", requestId)
                .queryParam("subsetId", "EU01").when().get(CONSIGNMENTS + id).then().statusCode(200)
                .contentType("application/xml").extract().asByteArray();
        EftiXml.validCommon(eu01);
        assertThat(EftiXml.has(eu01, "carrierAcceptanceDateTime")).isTrue();
        assertThat(EftiXml.has(eu01, "carrier")).isFalse();

        byte[] both = given().auth().oauth2(TestTokens.gate()).queryParam("subsetId", "EU01")
                .queryParam("subsetId", "EU03").when().get(CONSIGNMENTS + id).then().statusCode(200)
                .extract().asByteArray();
        EftiXml.validCommon(both);
        assertThat(EftiXml.texts(both, "carrier/name")).containsExactly("Carrier A B.V.");
        assertThat(EftiXml.has(both, "includedConsignmentItem/transportDangerousGoods/uNDGID")).isTrue();

        assertThat(stored.count("select count(*) from audit_entry where request_id = '" + requestId
                + "' and event_type = 'GATE_EXCHANGE' and actor_role = 'gate' and note_id = '" + id + "'")).isEqualTo(1);
    }

    @Test
    void unknownOrMissingSubsetsAreA400AndLogged() {
        for (Map<String, String> query : List.of(Map.of("subsetId", "EU99"), Map.of("subsetId", "EU01,XX01"),
                Map.<String, String> of(), Map.of("subsetId", " "))) {
            String requestId = "gate-" + UUID.randomUUID();
            problem(given().auth().oauth2(TestTokens.gate()).header("X-Request-ID", requestId).queryParams(query)
                    .when().get(CONSIGNMENTS + id).then(), 400, "invalid-parameter");
            assertThat(stored.auditEntriesFor(requestId)).isEqualTo(1);
        }
    }

    @Test
    void anUnknownDatasetIsNotFoundAndLogged() {
        for (String dataset : List.of(UUID.randomUUID().toString(), "not-a-uuid")) {
            String requestId = "gate-" + UUID.randomUUID();
            problem(given().auth().oauth2(TestTokens.gate()).header("X-Request-ID", requestId)
                    .queryParam("subsetId", "EU01").when().get(CONSIGNMENTS + dataset).then(), 404, "not-found");
            assertThat(stored.auditEntriesFor(requestId)).isEqualTo(1);
            problem(given().auth().oauth2(TestTokens.gate()).contentType("text/plain").body("Please call")
                    .when().post(CONSIGNMENTS + dataset + "/follow-up").then(), 404, "not-found");
        }
    }

    @Test
    void aFollowUpIsKeptAndShownWithTheNote() {
        String requestId = "gate-" + UUID.randomUUID();
        given().auth().oauth2(TestTokens.gate()).header("X-Request-ID", requestId).contentType("text/plain")
                .body("Please present the goods at the Hazeldonk control post.\nRef. BE-2026-77")
                .when().post(CONSIGNMENTS + id + "/follow-up").then().statusCode(200);
        assertThat(stored.count("select count(*) from audit_entry where request_id = '" + requestId
                + "' and event_type = 'FOLLOW_UP'")).isEqualTo(1);

        for (String reader : List.of(TestTokens.carrierA(), TestTokens.inspector(), TestTokens.auditor())) {
            given().auth().oauth2(reader).when().get(followUps()).then().statusCode(200)
                    .body("", hasSize(1))
                    .body("[0].message", equalTo("Please present the goods at the Hazeldonk control post.\nRef. BE-2026-77"))
                    .body("[0].gate", equalTo("service-account-efti-gate-demo-subject"))
                    .body("[0].requestId", equalTo(requestId));
        }
        problem(given().auth().oauth2(TestTokens.carrierB()).when().get(followUps()).then(), 404, "not-found");
    }

    @Test
    void badFollowUpsAreRefusedAndNothingIsStored() {
        List<ValidatableResponse> refusals = List.of(
                postFollowUp("text/plain", new byte[0]),
                postFollowUp("text/plain", "   \n ".getBytes()),
                postFollowUp("text/plain", "x".repeat(10_001).getBytes()),
                postFollowUp("text/plain", new byte[] { 'o', 'k', (byte) 0xC3, (byte) 0x28 }),
                postFollowUp("text/plain", "bell \u0007".getBytes()));
        for (ValidatableResponse refusal : refusals) {
            problem(refusal, 400, "invalid-parameter");
        }
        problem(postFollowUp("application/json", "{\"m\":1}".getBytes()), 415, "unsupported-media-type")
                .body("detail", equalTo("Send the follow-up message as text/plain"));
        assertThat(stored.count("select count(*) from efti_follow_up where dataset_id = '" + id + "'")).isZero();
    }

    @Test
    void onlyGatesUseThePlatformApi() {
        problem(given().queryParam("subsetId", "EU01").when().get(CONSIGNMENTS + id).then(), 401, "unauthenticated");
        problem(given().contentType("text/plain").body("hello").when().post(CONSIGNMENTS + id + "/follow-up").then(),
                401, "unauthenticated");
        String nobody = TestTokens.withClaims("visitor", Set.of("visitor"), Map.of());
        for (String token : List.of(TestTokens.carrierA(), TestTokens.inspector(), TestTokens.auditor(), nobody)) {
            problem(given().auth().oauth2(token).queryParam("subsetId", "EU01").when().get(CONSIGNMENTS + id).then(),
                    403, "forbidden");
            problem(given().auth().oauth2(token).contentType("text/plain").body("hello")
                    .when().post(CONSIGNMENTS + id + "/follow-up").then(), 403, "forbidden");
        }
        assertThat(stored.count("select count(*) from efti_follow_up where dataset_id = '" + id + "'")).isZero();
    }

    @Test
    void followUpsAreForThoseWhoMayReadTheNote() {
        problem(given().when().get(followUps()).then(), 401, "unauthenticated");
        String nobody = TestTokens.withClaims("visitor", Set.of("visitor"), Map.of());
        for (String token : List.of(TestTokens.gate(), nobody)) {
            problem(given().auth().oauth2(token).when().get(followUps()).then(), 403, "forbidden");
        }
    }

    @Test
    void auditorsSeeRegistrationsAndWithoutAGateThereAreNone() {
        given().auth().oauth2(TestTokens.auditor()).queryParam("state", "pending").when()
                .get("/api/v1/efti/registrations").then().statusCode(200);
        // No gate is configured in this profile: nothing is registered.
        problem(given().auth().oauth2(TestTokens.auditor()).when().get("/api/v1/efti/registrations/" + id).then(),
                404, "not-found");
        assertThat(stored.count("select count(*) from efti_registration where dataset_id = '" + id + "'")).isZero();
        for (String query : List.of("state=LOST", "size=0", "size=501", "page=-1", "page=x")) {
            problem(given().auth().oauth2(TestTokens.auditor()).when().get("/api/v1/efti/registrations?" + query)
                    .then(), 400, "invalid-parameter");
        }
        problem(given().when().get("/api/v1/efti/registrations").then(), 401, "unauthenticated");
        for (String token : List.of(TestTokens.carrierA(), TestTokens.inspector(), TestTokens.gate())) {
            problem(given().auth().oauth2(token).when().get("/api/v1/efti/registrations").then(), 403, "forbidden");
            problem(given().auth().oauth2(token).when().get("/api/v1/efti/registrations/" + id).then(), 403,
                    "forbidden");
        }
    }

    private ValidatableResponse postFollowUp(String contentType, byte[] body) {
        return given().auth().oauth2(TestTokens.gate()).contentType(contentType).body(body)
                .when().post(CONSIGNMENTS + id + "/follow-up").then();
    }

    private String followUps() {
        return "/api/v1/consignment-notes/" + id + "/follow-ups";
    }
}
