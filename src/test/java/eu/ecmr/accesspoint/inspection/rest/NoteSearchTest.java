package eu.ecmr.accesspoint.inspection.rest;

import static eu.ecmr.accesspoint.support.Api.NOTES;
import static eu.ecmr.accesspoint.support.Api.problem;
import static eu.ecmr.accesspoint.support.Api.submitCompact;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

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
import io.restassured.response.ValidatableResponse;

/** An inspector finds a truck's notes by plate, number, carrier and time; a carrier only its own. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class NoteSearchTest {

    @Inject
    StoredRows stored;
    /** A plate no other test uses, written as the carrier wrote it. */
    private String plate;
    private String first;
    private String second;
    private String ofCarrierB;

    @BeforeEach
    void twoNotesOfCarrierAAndOneOfCarrierBOnOneTruck() {
        String serial = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        plate = "NL-" + serial.substring(0, 3) + " " + serial.substring(3);
        first = submit(TestTokens.carrierA(), SampleSigner.carrierA(), SampleNotes.document(d -> d.with("carrier")
                .with("vehicle").put("registration", plate)));
        second = submit(TestTokens.carrierA(), SampleSigner.carrierA(), SampleNotes.document(d -> d.with("carrier")
                .with("vehicle").put("registration", plate)));
        ofCarrierB = submit(TestTokens.carrierB(), SampleSigner.carrierB(), SampleNotes.forCarrierB(d -> d
                .with("carrier").with("vehicle").put("registration", plate)));
    }

    private static String submit(String token, SampleSigner signer, byte[] document) {
        return submitCompact(token, signer.sign(document)).statusCode(201).extract().path("id");
    }

    private static ValidatableResponse search(String token, String query) {
        return given().auth().oauth2(token).when().get(NOTES + "?" + query).then();
    }

    @Test
    void findsByVehicleIgnoringCaseSpacesAndDashesNewestFirst() {
        String bare = plate.replace("-", "").replace(" ", "");
        for (String written : List.of(plate, bare, bare.toLowerCase(), plate.replace(" ", "-"),
                " " + plate.toLowerCase().replace("-", " ") + " ")) {
            search(TestTokens.inspector(), "vehicle=" + written).statusCode(200)
                    .body("items.id", contains(ofCarrierB, second, first))
                    .body("items[0].vehicleRegistration", equalTo(plate))
                    .body("hasMore", equalTo(false));
        }
    }

    @Test
    void findsByEcmrNumber() {
        String number = given().auth().oauth2(TestTokens.carrierA()).when().get(NOTES + "/" + first).then()
                .extract().path("ecmrNumber");

        search(TestTokens.auditor(), "ecmrNumber=" + number).statusCode(200).body("items.id", contains(first));
    }

    @Test
    void findsByCarrierAndTimeWindow() {
        search(TestTokens.inspector(), "vehicle=" + plate + "&carrierId=" + TestTokens.CARRIER_B).statusCode(200)
                .body("items.id", contains(ofCarrierB));
        search(TestTokens.inspector(), "vehicle=" + plate + "&from=2000-01-01&to=2000-01-02").statusCode(200)
                .body("items", empty());
        search(TestTokens.inspector(), "vehicle=" + plate + "&timeField=takingOver&from=2026-11-27&to=2026-11-27")
                .statusCode(200).body("items", hasSize(3));
    }

    @Test
    void pagesNewestFirst() {
        search(TestTokens.inspector(), "vehicle=" + plate + "&size=2").statusCode(200)
                .body("items.id", contains(ofCarrierB, second)).body("hasMore", equalTo(true));
        search(TestTokens.inspector(), "vehicle=" + plate + "&size=2&page=1").statusCode(200)
                .body("items.id", contains(first)).body("hasMore", equalTo(false));
    }

    @Test
    void aCarrierFindsOnlyItsOwnNotes() {
        search(TestTokens.carrierA(), "vehicle=" + plate).statusCode(200).body("items.id", contains(second, first));
        search(TestTokens.carrierB(), "vehicle=" + plate).statusCode(200).body("items.id", contains(ofCarrierB));
        search(TestTokens.carrierB(), "vehicle=" + plate + "&carrierId=" + TestTokens.CARRIER_A).statusCode(200)
                .body("items", empty());
    }

    @Test
    void everyAuthoritySearchIsLogged() {
        String requestId = "search-" + UUID.randomUUID();
        given().auth().oauth2(TestTokens.inspector()).header("X-Request-ID", requestId)
                .header("X-Control-Reference", "roadside 7").when().get(NOTES + "?vehicle=" + plate).then()
                .statusCode(200);

        org.assertj.core.api.Assertions.assertThat(stored.count("select count(*) from audit_entry where request_id = '"
                + requestId + "' and event_type = 'SEARCH' and control_reference = 'roadside 7' and details like '%"
                + first + "%'")).isEqualTo(1);
    }

    @Test
    void refusesBadParameters() {
        for (String query : List.of("size=0", "size=101", "page=-1", "page=x", "from=yesterday",
                "timeField=sometimes", "vehicle=" + "X".repeat(65))) {
            problem(search(TestTokens.inspector(), query), 400, "invalid-parameter");
        }
    }

    @Test
    void searchingNeedsAToken() {
        problem(given().when().get(NOTES + "?vehicle=" + plate).then(), 401, "unauthenticated");
    }
}
