package eu.ecmr.accesspoint.handheld;

import static eu.ecmr.accesspoint.support.Api.problem;
import static eu.ecmr.accesspoint.support.Api.submitCompact;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;

import eu.ecmr.accesspoint.signature.SampleSigner;
import eu.ecmr.accesspoint.support.SampleNotes;
import eu.ecmr.accesspoint.support.StoredRows;
import eu.ecmr.accesspoint.support.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWireMock;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;

/** The handheld's own API over the session cookie: the same use cases, logged, and only for its own pages. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class HandheldApiTest {

    @OidcWireMock
    WireMockServer provider;
    @Inject
    StoredRows stored;

    private String id;
    private String digest;
    private String plate;

    @BeforeEach
    void carrierASubmitsANote() {
        CodeFlowProvider.install(provider);
        plate = "HH-" + SampleNotes.freshNumber().substring(2, 8).toUpperCase();
        JsonPath receipt = submitCompact(TestTokens.carrierA(), SampleSigner.carrierA().sign(SampleNotes.document(
                d -> d.with("carrier").with("vehicle").put("registration", plate)))).statusCode(201).extract().jsonPath();
        id = receipt.getString("id");
        digest = receipt.getString("payloadDigest.value");
    }

    @Test
    void anInspectorFindsReadsAndVerifiesANoteEachReadLoggedWithTheControlReference() {
        SignedInSession inspector = SignedInSession.as("inspector");
        String reference = "HH-" + System.nanoTime();

        inspector.script().header("X-Control-Reference", reference).queryParam("vehicle", plate.toLowerCase())
                .when().get("/inspect/api/notes").then().statusCode(200).body("items.id", hasItem(id));
        inspector.script().header("X-Control-Reference", reference).queryParam("sha256", digest)
                .when().get("/inspect/api/notes/" + id).then().statusCode(200)
                .body("verification.verdict", equalTo("PASSED"))
                .body("scannedDigestMatches", equalTo(true))
                .body("note.document.carrier.vehicle.registration", equalTo(plate));
        byte[] pdf = inspector.page().header("Sec-Fetch-Site", "same-origin").queryParam("ref", reference)
                .when().get("/inspect/api/notes/" + id + "/pdf").then().statusCode(200).contentType("application/pdf")
                .extract().asByteArray();

        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        assertThat(stored.count("select count(*) from audit_entry where control_reference = '" + reference
                + "' and actor_role = 'inspector' and event_type in ('SEARCH', 'VERIFICATION', 'READ')")).isEqualTo(3);
        assertThat(stored.count("select count(*) from audit_entry where control_reference = '" + reference
                + "' and note_id = '" + id + "' and event_type in ('VERIFICATION', 'READ')")).isEqualTo(2);
    }

    @Test
    void aScannedCodeOfOtherContentIsReportedAsNotThisNote() {
        SignedInSession.as("auditor").script().queryParam("sha256", "0".repeat(64)).when().get("/inspect/api/notes/" + id)
                .then().statusCode(200).body("scannedDigestMatches", equalTo(false));
    }

    @Test
    void aCarrierWhoSignsInGetsAPlainRefusalAndNoData() {
        SignedInSession carrier = SignedInSession.as("carrier-a");

        carrier.page().when().get("/inspect").then().statusCode(301).header("Location", containsString("/inspect/"));
        carrier.page().when().get("/inspect/").then().statusCode(403).contentType(containsString("text/html"))
                .body(containsString("Not for this account"));
        problem(carrier.script().when().get("/inspect/api/notes/" + id).then(), 403, "forbidden");
        problem(carrier.script().queryParam("vehicle", plate).when().get("/inspect/api/notes").then(), 403, "forbidden");
    }

    @Test
    void answersOnlyItsOwnPages() {
        SignedInSession inspector = SignedInSession.as("inspector");

        problem(inspector.page().when().get("/inspect/api/notes/" + id).then(), 403, "forbidden");
        problem(inspector.script().header("Sec-Fetch-Site", "cross-site").when().get("/inspect/api/notes/" + id).then(),
                403, "forbidden");
        problem(inspector.page().header("Sec-Fetch-Site", "cross-site").when().get("/inspect/api/notes/" + id + "/pdf")
                .then(), 403, "forbidden");
        assertThat(stored.count("select count(*) from audit_entry where note_id = '" + id + "' and actor_role = 'inspector'"))
                .isZero();
    }

    @Test
    void withoutASessionThePageSendsToSignInAndTheScriptIsToldToSignInAgain() {
        given().redirects().follow(false).when().get("/inspect/").then().statusCode(302)
                .header("Location", containsString("/auth/realms/quarkus"));
        given().header("X-Requested-With", "JavaScript").when().get("/inspect/api/me").then().statusCode(499);
        given().when().get("/inspect/assets/app.js").then().statusCode(200);
    }

    @Test
    void searchTakesEitherAPlateOrANumber() {
        SignedInSession inspector = SignedInSession.as("inspector");

        problem(inspector.script().when().get("/inspect/api/notes").then(), 400, "invalid-parameter");
        problem(inspector.script().queryParam("vehicle", plate).queryParam("ecmrNumber", "X").when()
                .get("/inspect/api/notes").then(), 400, "invalid-parameter");
        inspector.script().when().get("/inspect/api/me").then().statusCode(200).body("name", equalTo("inspector"))
                .body("role", equalTo("inspector")).body("organisation", equalTo("NL-ILT"));
    }
}
