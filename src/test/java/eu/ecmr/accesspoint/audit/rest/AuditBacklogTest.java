package eu.ecmr.accesspoint.audit.rest;

import static eu.ecmr.accesspoint.support.Api.NOTES;
import static eu.ecmr.accesspoint.support.Api.problem;
import static eu.ecmr.accesspoint.support.Api.submitCompact;
import static io.restassured.RestAssured.given;

import java.util.Map;

import org.junit.jupiter.api.Test;

import eu.ecmr.accesspoint.signature.SampleSigner;
import eu.ecmr.accesspoint.support.SampleNotes;
import eu.ecmr.accesspoint.support.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * When the audit log cannot commit an entry in time, the request that needs it is answered 503
 * with Retry-After, never served unrecorded and never left hanging.
 */
@QuarkusTest
@TestProfile(AuditBacklogTest.NoPatience.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
class AuditBacklogTest {

    public static class NoPatience implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("ecmr.audit.writer.commit-timeout", "PT0S");
        }
    }

    @Test
    void anAuthorityReadWhoseEntryIsNotCommittedInTimeIsRefusedWithRetryAfter() {
        problem(given().auth().oauth2(TestTokens.inspector()).when().get(NOTES + "?vehicle=BX-123-Z").then(), 503,
                "service-unavailable").header("Retry-After", "1");
    }

    @Test
    void aSubmissionWhoseRecordIsNotCommittedInTimeIsRefusedWithRetryAfter() {
        problem(submitCompact(TestTokens.carrierA(), SampleSigner.carrierA().sign(SampleNotes.document())),
                503, "service-unavailable").header("Retry-After", "1");
    }
}
