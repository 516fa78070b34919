package eu.ecmr.accesspoint.submission.rest;

import static eu.ecmr.accesspoint.support.Api.problem;
import static eu.ecmr.accesspoint.support.Api.submitCompact;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.Instant;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import eu.ecmr.accesspoint.signature.SampleSigner;
import eu.ecmr.accesspoint.support.SampleNotes;
import eu.ecmr.accesspoint.support.StoredRows;
import eu.ecmr.accesspoint.support.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * Revocation at submission with the default configuration, whose CRL file (certs-sample/issuing-ca.crl)
 * revokes carrier-a-revoked twelve hours after its notBefore.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class RevokedSignerSubmissionTest {

    @Inject
    StoredRows stored;

    @Test
    void refusesALeafRevokedBeforeTheSigningTimeAndStoresNothing() {
        long notesBefore = stored.notes();

        problem(submitCompact(TestTokens.carrierA(), SampleSigner.load("carrier-a-revoked").sign(SampleNotes.document())),
                422, "certificate-revoked")
                .body("title", equalTo("The signer's certificate is revoked"))
                .body("detail", containsString("(reason: keyCompromise), at or before the signing time"));
        assertThat(stored.notes()).as("notes stored by a refused submission").isEqualTo(notesBefore);
    }

    @Test
    void acceptsALeafRevokedOnlyAfterTheSigningTime() {
        SampleSigner revoked = SampleSigner.load("carrier-a-revoked");
        Instant beforeRevocation = revoked.leaf().getNotBefore().toInstant().plus(Duration.ofHours(6));

        submitCompact(TestTokens.carrierA(), revoked.signingTime(beforeRevocation).sign(SampleNotes.document())).statusCode(201);
    }
}
