package eu.ecmr.accesspoint.inspection.rest;

import static eu.ecmr.accesspoint.support.Api.NOTES;
import static eu.ecmr.accesspoint.support.Api.problem;
import static eu.ecmr.accesspoint.support.Api.submitCompact;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

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

/** The PDF endpoint: rendered once, byte-stable, for the note's carrier and the authorities. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class PdfCopyTest {

    @Inject
    StoredRows stored;
    private String id;

    @BeforeEach
    void carrierASubmitsANote() {
        id = submitCompact(TestTokens.carrierA(), SampleSigner.carrierA().sign(SampleNotes.document()))
                .statusCode(201).extract().path("id");
    }

    private byte[] pdf(String token) {
        return given().auth().oauth2(token).when().get(NOTES + "/" + id + "/pdf").then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
    }

    @Test
    void concurrentFirstRequestsShareOneRenderingAndTheBytesNeverChange() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Future<byte[]>> copies = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            copies.add(pool.submit(() -> pdf(TestTokens.carrierA())));
        }
        byte[] first = copies.get(0).get();
        for (Future<byte[]> copy : copies) {
            assertThat(copy.get()).isEqualTo(first);
        }
        pool.shutdown();

        assertThat(new String(first, 0, 5)).isEqualTo("%PDF-");
        assertThat(pdf(TestTokens.inspector())).isEqualTo(first);
        assertThat(stored.count("select count(*) from consignment_note_pdf where note_id = '" + id + "'")).isEqualTo(1);
        // One rendering, one audit entry, naming the digest of the bytes every reader got.
        String digest = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(first));
        assertThat(stored.count("select count(*) from audit_entry where event_type = 'PDF_RENDERING' and note_id = '"
                + id + "'")).isEqualTo(1);
        assertThat(stored.count("select count(*) from audit_entry where event_type = 'PDF_RENDERING' and note_id = '"
                + id + "' and details like '%\"pdfSha256\":\"" + digest + "\"%'")).isEqualTo(1);
    }

    @Test
    void followsTheReadingRules() {
        pdf(TestTokens.auditor());
        problem(given().auth().oauth2(TestTokens.carrierB()).when().get(NOTES + "/" + id + "/pdf").then(), 404,
                "not-found");
        problem(given().when().get(NOTES + "/" + id + "/pdf").then(), 401, "unauthenticated");
    }
}
