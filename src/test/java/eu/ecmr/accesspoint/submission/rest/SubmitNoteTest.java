package eu.ecmr.accesspoint.submission.rest;

import static eu.ecmr.accesspoint.support.Api.JOSE;
import static eu.ecmr.accesspoint.support.Api.JOSE_JSON;
import static eu.ecmr.accesspoint.support.Api.NOTES;
import static eu.ecmr.accesspoint.support.Api.problem;
import static eu.ecmr.accesspoint.support.Api.submit;
import static eu.ecmr.accesspoint.support.Api.submitCompact;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import eu.ecmr.accesspoint.signature.SampleSigner;
import eu.ecmr.accesspoint.support.SampleNotes;
import eu.ecmr.accesspoint.support.StoredRows;
import eu.ecmr.accesspoint.support.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.Response;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class SubmitNoteTest {

    @Inject
    StoredRows stored;

    @Test
    void acceptsACompactNoteAndAnswersWithAReceipt() throws Exception {
        byte[] document = SampleNotes.document();
        String jws = SampleSigner.carrierA().sign(document);
        long before = stored.notes();

        Response response = submitCompact(TestTokens.carrierA(), jws)
                .statusCode(201)
                .header("Location", startsWith("http://localhost:8080" + NOTES + "/"))
                .body("ecmrNumber", equalTo(SampleNotes.numberOf(document)))
                .body("carrierId", equalTo(TestTokens.CARRIER_A))
                .body("payloadDigest.algorithm", equalTo("SHA-256"))
                .body("payloadDigest.value", equalTo(sha256Hex(jws.getBytes(StandardCharsets.US_ASCII))))
                .body("signer.organizationIdentifier", equalTo(TestTokens.CARRIER_A))
                .body("signer.subject", notNullValue())
                .body("timestamp.genTime", notNullValue())
                .body("timestamp.tsa", notNullValue())
                .body("uil.platformId", equalTo("ecmr-ap-demo"))
                .body("links.original", endsWith("/original"))
                .extract().response();

        String id = response.path("id");
        assertThat(response.header("Location")).endsWith("/" + id);
        assertThat(response.<String> path("uil.datasetId")).isEqualTo(id);
        assertThat(stored.notes()).isEqualTo(before + 1);
    }

    @Test
    void acceptsAFlattenedNoteFromAnRsaSigner() {
        String jws = SampleSigner.carrierB().algorithm(com.nimbusds.jose.JWSAlgorithm.PS256)
                .flattened(SampleNotes.forCarrierB(d -> { }));

        submit(TestTokens.carrierB(), JOSE_JSON, jws)
                .statusCode(201)
                .body("carrierId", equalTo(TestTokens.CARRIER_B));
    }

    @Test
    void theSameBytesAgainReturnTheFirstReceiptAndStoreNothing() {
        String jws = SampleSigner.carrierA().sign(SampleNotes.document());
        String id = submitCompact(TestTokens.carrierA(), jws).statusCode(201).extract().path("id");
        long before = stored.notes();

        submitCompact(TestTokens.carrierA(), jws)
                .statusCode(200)
                .header("Location", endsWith("/" + id))
                .body("id", equalTo(id));

        assertThat(stored.notes()).isEqualTo(before);
    }

    @Test
    void otherBytesUnderTheSameNumberAreAConflict() {
        byte[] first = SampleNotes.document();
        submitCompact(TestTokens.carrierA(), SampleSigner.carrierA().sign(first)).statusCode(201);
        String number = SampleNotes.numberOf(first);
        byte[] second = SampleNotes.document(d -> d.put("ecmrNumber", number).put("reservations", "Two pallets damaged"));
        long before = stored.notes();

        problem(submitCompact(TestTokens.carrierA(), SampleSigner.carrierA().sign(second)), 409, "duplicate-note");

        assertThat(stored.notes()).isEqualTo(before);
    }

    @Test
    void readsTheNoteItsOriginalAndItsTimestampBack() throws Exception {
        byte[] document = SampleNotes.document();
        String jws = SampleSigner.carrierA().sign(document);
        String id = submitCompact(TestTokens.carrierA(), jws).statusCode(201).extract().path("id");

        given().auth().oauth2(TestTokens.carrierA()).when().get(NOTES + "/" + id).then()
                .statusCode(200)
                .body("id", equalTo(id))
                .body("document.carrier.vehicle.registration", equalTo("BX-123-Z"))
                .body("document.goods[1].dangerousGoods.unNumber", equalTo("UN1263"));

        byte[] original = given().auth().oauth2(TestTokens.carrierA()).when().get(NOTES + "/" + id + "/original")
                .then().statusCode(200).contentType(JOSE).extract().asByteArray();
        assertThat(original).isEqualTo(jws.getBytes(StandardCharsets.US_ASCII));

        byte[] reply = given().auth().oauth2(TestTokens.carrierA()).when().get(NOTES + "/" + id + "/timestamp")
                .then().statusCode(200).contentType("application/timestamp-reply").extract().asByteArray();
        assertThat(opensslVerifies(original, reply)).isTrue();
    }

    @Test
    void theFlattenedOriginalIsServedWithItsOwnMediaType() {
        String jws = SampleSigner.carrierA().flattened(SampleNotes.document());
        String id = submit(TestTokens.carrierA(), JOSE_JSON, jws).statusCode(201).extract().path("id");

        byte[] original = given().auth().oauth2(TestTokens.carrierA()).when().get(NOTES + "/" + id + "/original")
                .then().statusCode(200).contentType(JOSE_JSON).extract().asByteArray();
        assertThat(new String(original, StandardCharsets.UTF_8)).isEqualTo(jws);
    }

    /** The contract's promise: stock OpenSSL checks a receipt's timestamp against certs-sample/. */
    private static boolean opensslVerifies(byte[] original, byte[] reply) throws Exception {
        Path data = Files.createTempFile("original", ".jws");
        Path tsr = Files.createTempFile("note", ".tsr");
        Files.write(data, original);
        Files.write(tsr, reply);
        Process p = new ProcessBuilder("openssl", "ts", "-verify", "-data", data.toString(), "-in", tsr.toString(),
                "-CAfile", "certs-sample/root-ca.pem", "-untrusted", "certs-sample/tsa.pem")
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return p.waitFor() == 0 && out.contains("Verification: OK");
    }

    private static String sha256Hex(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
