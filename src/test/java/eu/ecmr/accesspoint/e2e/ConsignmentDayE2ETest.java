package eu.ecmr.accesspoint.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import eu.ecmr.accesspoint.audit.MerkleProofs;
import eu.ecmr.accesspoint.common.Digests;
import io.restassured.response.Response;

/**
 * A consignment's day on the packaged stack, with real Keycloak tokens and the demo PKI: carrier A's
 * software and a dispatcher submit notes with the toolkit; carrier B cannot see them; an inspector
 * at the roadside finds them by plate, reads, downloads and verifies one; a note signed with an
 * untrusted key is refused; the auditor finds the day in the history and checks the whole log
 * with the standalone verifier and a proof of the refusal's inclusion.
 */
@ExtendWith(StackExtension.class)
class ConsignmentDayE2ETest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String NOTES = "/api/v1/consignment-notes";
    /** The software's secret goes by environment, as the README tells carriers. */
    private static final Map<String, String> CARRIER_A_SYSTEM = Map.of("ECMR_CLIENT_ID", "carrier-a-tms",
            "ECMR_CLIENT_SECRET", "carrier-a-tms-demo-secret");

    @TempDir
    Path dir;

    @Test
    void aConsignmentsDay() throws Exception {
        String plate = "E2E-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();

        // Morning: carrier A's transport software signs and submits a note (compact), keeping the evidence.
        Path first = document(plate);
        Processes.Result submitted = CarrierToolkit.run(CARRIER_A_SYSTEM, "submit", "--url", Stack.ACCESS_POINT,
                "--key", "certs-sample/carrier-a.p12", "--save-original", dir.resolve("first.jws").toString(),
                "--save-timestamp", dir.resolve("first.tsr").toString(), first.toString());
        assertThat(submitted.exitCode()).as(submitted.toString()).isZero();
        String firstId = JSON.readTree(submitted.out()).path("id").asText();
        assertThat(submitted.err()).contains("Accepted (201 Created): note " + firstId);
        Processes.Result timestamp = CarrierToolkit.run("verify-timestamp", "--original", dir.resolve("first.jws").toString(),
                "--timestamp", dir.resolve("first.tsr").toString(), "--tsa-root", "certs-sample/root-ca.pem");
        assertThat(timestamp.exitCode()).as(timestamp.toString()).isZero();
        assertThat(timestamp.out()).startsWith("VERIFIED: ");

        // A dispatcher signs a second note as flattened JSON, then submits the signed file as a person.
        Path second = dir.resolve("second.json");
        Processes.Result signed = CarrierToolkit.run("sign", "--key", "certs-sample/carrier-a.p12", "--flattened",
                "-o", second.toString(), document(plate).toString());
        assertThat(signed.exitCode()).as(signed.toString()).isZero();
        Processes.Result flattened = CarrierToolkit.run(Map.of("ECMR_PASSWORD", "carrier-a"), "submit",
                "--url", Stack.ACCESS_POINT, "--username", "carrier-a", second.toString());
        assertThat(flattened.exitCode()).as(flattened.toString()).isZero();
        String secondId = JSON.readTree(flattened.out()).path("id").asText();
        String original = given().auth().oauth2(Keycloak.userToken("carrier-a")).get(NOTES + "/" + secondId + "/original")
                .then().statusCode(200).contentType(startsWith("application/jose+json")).extract().asString();
        assertThat(original).isEqualTo(Files.readString(second).strip());

        // Carrier B's software cannot tell that these notes exist.
        String carrierB = Keycloak.clientToken("carrier-b-tms");
        for (String path : List.of(NOTES + "/" + firstId, NOTES + "/" + firstId + "/original", NOTES + "/" + secondId + "/pdf")) {
            given().auth().oauth2(carrierB).get(path).then().statusCode(404)
                    .contentType("application/problem+json").body("type", equalTo("urn:ecmr:problem:not-found"));
        }
        given().auth().oauth2(carrierB).queryParam("vehicle", plate).get(NOTES).then().statusCode(200)
                .body("items.size()", equalTo(0));

        // Roadside: an inspector finds both by plate, reads one, downloads its PDF and has it verified.
        String inspector = Keycloak.userToken("inspector");
        List<String> found = given().auth().oauth2(inspector).header("X-Control-Reference", "E2E-CONTROL-1")
                .queryParam("vehicle", plate.toLowerCase()).get(NOTES)
                .then().statusCode(200).extract().path("items.id");
        assertThat(found).containsExactlyInAnyOrder(firstId, secondId);
        given().auth().oauth2(inspector).get(NOTES + "/" + firstId).then().statusCode(200)
                .body("document.carrier.vehicle.registration", equalTo(plate))
                .body("carrierId", equalTo(Keycloak.CARRIER_A));
        byte[] pdf = given().auth().oauth2(inspector).get(NOTES + "/" + firstId + "/pdf")
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray();
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        given().auth().oauth2(inspector).post(NOTES + "/" + firstId + "/verification").then().statusCode(200)
                .body("verdict", equalTo("PASSED"));

        // A note signed with a key that chains to no trust anchor is refused, and nothing is stored.
        Path untrusted = dir.resolve("untrusted.jws");
        CarrierToolkit.run("sign", "--key", "certs-sample/untrusted.p12", "-o", untrusted.toString(), document(plate).toString());
        Processes.Result refused = CarrierToolkit.run(CARRIER_A_SYSTEM, "submit", "--url", Stack.ACCESS_POINT,
                untrusted.toString());
        assertThat(refused.exitCode()).as(refused.toString()).isEqualTo(1);
        assertThat(refused.err()).contains("refused (422): The signer's certificate does not chain to a trust anchor")
                .contains("type: urn:ecmr:problem:certificate-untrusted");
        given().auth().oauth2(inspector).queryParam("vehicle", plate).get(NOTES).then().statusCode(200)
                .body("items.size()", equalTo(2));

        // Evening: the auditor reads the day in the history and checks the log with its proofs.
        String auditor = Keycloak.userToken("auditor");
        List<String> history = given().auth().oauth2(auditor).get(NOTES + "/" + firstId + "/history")
                .then().statusCode(200).extract().path("type");
        assertThat(history).contains("SUBMISSION", "READ", "VERIFICATION");
        JsonNode refusal = refusalOf(auditor, Files.readAllBytes(untrusted));
        assertThat(refusal.path("details").toString()).contains("urn:ecmr:problem:certificate-untrusted");
        long refusalSeq = refusal.path("sequence").asLong();
        checkInclusion(auditor, refusalSeq);
        checkWholeLogWithTheStandaloneVerifier(auditor, refusalSeq);
    }

    /** The example document of carrier A, under a fresh e-CMR number and on the day's truck. */
    private Path document(String plate) throws Exception {
        ObjectNode doc = (ObjectNode) JSON.readTree(Path.of("openapi/examples/ecmr-document.json").toFile());
        doc.put("ecmrNumber", "E2E-" + UUID.randomUUID().toString().substring(0, 13));
        doc.with("carrier").with("vehicle").put("registration", plate);
        return Files.write(dir.resolve(doc.get("ecmrNumber").asText() + ".json"), JSON.writeValueAsBytes(doc));
    }

    /** The REFUSAL entry whose body digest is that of the refused bytes. */
    private static JsonNode refusalOf(String auditor, byte[] body) throws Exception {
        String digest = HexFormat.of().formatHex(Digests.sha256(body));
        JsonNode entries = JSON.readTree(given().auth().oauth2(auditor).queryParam("type", "REFUSAL")
                .queryParam("limit", 1000).get("/api/v1/audit/entries").then().statusCode(200).extract().asString());
        for (JsonNode entry : entries) {
            if (entry.path("details").toString().contains(digest)) {
                return entry;
            }
        }
        throw new AssertionError("no REFUSAL entry for body digest " + digest + " in " + entries);
    }

    /** RFC 9162 s.2.1.3.2: the refusal's entry is in the tree the Access Point answers for now. */
    private static void checkInclusion(String auditor, long seq) {
        Response head = given().auth().oauth2(auditor).get("/api/v1/audit/tree-head").then().statusCode(200).extract().response();
        long treeSize = head.<Number> path("treeSize").longValue();
        Response proof = given().auth().oauth2(auditor).queryParam("seq", seq).queryParam("treeSize", treeSize)
                .get("/api/v1/audit/proofs/inclusion").then().statusCode(200).extract().response();
        List<byte[]> path = proof.<List<String>> path("path").stream().map(Base64.getDecoder()::decode).toList();
        assertThat(MerkleProofs.verifyInclusion(seq - 1, treeSize, base64(proof.path("leafHash")), path,
                base64(head.path("rootHash")))).as("inclusion of entry %d in the tree of %d", seq, treeSize).isTrue();
    }

    /** docs/AUDIT.md: export, checkpoints, then the standalone verifier with only the seal and TSA certificates. */
    private void checkWholeLogWithTheStandaloneVerifier(String auditor, long lastSeq) throws Exception {
        Awaitility.await("a signed checkpoint covering entry " + lastSeq)
                .atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(1))
                .until(() -> given().auth().oauth2(auditor).get("/api/v1/audit/checkpoint")
                        .then().extract().response().<Number> path("treeSize").longValue() >= lastSeq);
        Path log = Files.write(dir.resolve("audit.ndjson"), given().auth().oauth2(auditor).get("/api/v1/audit/export")
                .then().statusCode(200).extract().asByteArray());
        Path checkpoints = Files.write(dir.resolve("checkpoints.json"), given().auth().oauth2(auditor)
                .get("/api/v1/audit/checkpoints").then().statusCode(200).extract().asByteArray());
        Processes.Result verified = Processes.run(Processes.java("-cp", "target/quarkus-app/app/*:target/quarkus-app/lib/main/*",
                "eu.ecmr.accesspoint.audit.verifier.AuditLogVerifier", "--log", log.toString(),
                "--checkpoints", checkpoints.toString(), "--seal-cert", "certs-sample/seal.pem",
                "--tsa-root", "certs-sample/root-ca.pem"), Map.of());
        assertThat(verified.exitCode()).as(verified.toString()).isZero();
        assertThat(verified.out()).contains("INTACT: ");
    }

    private static byte[] base64(String value) {
        return Base64.getDecoder().decode(value);
    }
}
