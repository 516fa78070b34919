package eu.ecmr.accesspoint.inspection.rest;

import static eu.ecmr.accesspoint.support.Api.NOTES;
import static eu.ecmr.accesspoint.support.Api.problem;
import static eu.ecmr.accesspoint.support.Api.submitCompact;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

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

/** Every authority read is in the access log, with its purpose, before it is answered. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class AuthorityAccessTest {

    private static final List<String> READS = List.of("", "/original", "/timestamp");

    @Inject
    StoredRows stored;
    private String id;

    @BeforeEach
    void carrierASubmitsANote() {
        id = submitCompact(TestTokens.carrierA(), SampleSigner.carrierA().sign(SampleNotes.document()))
                .statusCode(201).extract().path("id");
    }

    @Test
    void everyAuthorityReadLeavesExactlyOneEntryWithTheControlReference() {
        for (String token : List.of(TestTokens.inspector(), TestTokens.auditor())) {
            for (String read : READS) {
                String requestId = "read-" + UUID.randomUUID();
                given().auth().oauth2(token).header("X-Request-ID", requestId)
                        .header("X-Control-Reference", "A12 Utrecht, control 2026-0117")
                        .when().get(NOTES + "/" + id + read).then().statusCode(200)
                        .header("X-Request-ID", requestId);

                assertThat(stored.auditEntriesFor(requestId)).isEqualTo(1);
                assertThat(stored.count("select count(*) from audit_entry where request_id = '" + requestId
                        + "' and event_type = 'READ' and control_reference = 'A12 Utrecht, control 2026-0117'"
                        + " and note_id = '" + id + "' and actor_organisation = 'NL-ILT'")).isEqualTo(1);
            }
        }
    }

    @Test
    void carriersReadsAreNotAuthorityReads() {
        String requestId = "carrier-" + UUID.randomUUID();
        given().auth().oauth2(TestTokens.carrierA()).header("X-Request-ID", requestId)
                .when().get(NOTES + "/" + id).then().statusCode(200);

        assertThat(stored.auditEntriesFor(requestId)).isZero();
    }

    @Test
    void aReadThatCannotBeLoggedIsRefused() {
        stored.execute("alter table audit_entry rename to audit_entry_unavailable");
        try {
            problem(given().auth().oauth2(TestTokens.inspector()).when().get(NOTES + "/" + id).then(), 503,
                    "service-unavailable").header("Retry-After", "1");
            problem(given().auth().oauth2(TestTokens.inspector()).when().get(NOTES + "?vehicle=BX-123-Z").then(), 503,
                    "service-unavailable");
        } finally {
            stored.execute("alter table audit_entry_unavailable rename to audit_entry");
        }
    }

    @Test
    void anOverlongControlReferenceIsRefused() {
        problem(given().auth().oauth2(TestTokens.inspector()).header("X-Control-Reference", "r".repeat(129))
                .when().get(NOTES + "/" + id).then(), 400, "invalid-parameter");
    }

    @Test
    void auditorsReadTheAccessLog() {
        String requestId = "audited-" + UUID.randomUUID();
        given().auth().oauth2(TestTokens.inspector()).header("X-Request-ID", requestId)
                .when().get(NOTES + "/" + id).then().statusCode(200);

        given().auth().oauth2(TestTokens.auditor()).queryParam("noteId", id).queryParam("type", "read")
                .when().get("/api/v1/audit/entries").then().statusCode(200)
                .body("requestId", hasItem(requestId))
                .body("find { it.requestId == '" + requestId + "' }.actorRole", equalTo("inspector"));
    }

    @Test
    void onlyAuditorsReadTheAccessLog() {
        for (String token : List.of(TestTokens.inspector(), TestTokens.carrierA())) {
            problem(given().auth().oauth2(token).when().get("/api/v1/audit/entries").then(), 403, "forbidden");
        }
        problem(given().when().get("/api/v1/audit/entries").then(), 401, "unauthenticated");
        problem(given().auth().oauth2(TestTokens.auditor()).queryParam("type", "gossip")
                .when().get("/api/v1/audit/entries").then(), 400, "invalid-parameter");
    }

    @Test
    void unknownNotesAreLoggedAsNotFound() {
        String requestId = "missing-" + UUID.randomUUID();
        problem(given().auth().oauth2(TestTokens.inspector()).header("X-Request-ID", requestId)
                .when().get(NOTES + "/" + UUID.randomUUID()).then(), 404, "not-found");

        assertThat(stored.count("select count(*) from audit_entry where request_id = '" + requestId
                + "' and details like '%\"found\":false%'")).isEqualTo(1);
    }

}
