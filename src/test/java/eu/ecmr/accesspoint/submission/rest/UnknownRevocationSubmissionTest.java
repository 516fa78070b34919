package eu.ecmr.accesspoint.submission.rest;

import static eu.ecmr.accesspoint.support.Api.submitCompact;

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
 * With no CRL configured and nothing allowed to be fetched, a revocation status is unknown, and an
 * unknown status refuses nothing: a pilot cannot refuse every note when no CRL is reachable.
 */
@QuarkusTest
@TestProfile(UnknownRevocationSubmissionTest.WithoutCrls.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
class UnknownRevocationSubmissionTest {

    public static class WithoutCrls implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("ecmr.trust.crl-files", "");
        }
    }

    @Test
    void acceptsASignerWhoseRevocationNoCrlDecides() {
        submitCompact(TestTokens.carrierA(), SampleSigner.load("carrier-a-revoked").sign(SampleNotes.document()))
                .statusCode(201);
    }
}
