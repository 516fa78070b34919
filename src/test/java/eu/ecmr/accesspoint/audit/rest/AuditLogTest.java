package eu.ecmr.accesspoint.audit.rest;

import static eu.ecmr.accesspoint.support.Api.NOTES;
import static eu.ecmr.accesspoint.support.Api.problem;
import static eu.ecmr.accesspoint.support.Api.submitCompact;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import eu.ecmr.accesspoint.audit.MerkleProofs;
import eu.ecmr.accesspoint.audit.MerkleTree;
import eu.ecmr.accesspoint.signature.SampleSigner;
import eu.ecmr.accesspoint.support.SampleNotes;
import eu.ecmr.accesspoint.support.StoredRows;
import eu.ecmr.accesspoint.support.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;

/** The history: complete, append-only, gap-free under concurrency, and provable with RFC 9162. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class AuditLogTest {

    @Inject
    StoredRows stored;

    private static String submitNote() {
        return submitCompact(TestTokens.carrierA(), SampleSigner.carrierA().sign(SampleNotes.document()))
                .statusCode(201).extract().path("id");
    }

    @Test
    void recordsSubmissionsAndRefusalsWithoutTheirContent() {
        String id = submitNote();
        String requestId = "refused-" + UUID.randomUUID();
        eu.ecmr.accesspoint.support.Api.given().auth().oauth2(TestTokens.carrierA()).header("X-Request-ID", requestId)
                .contentType("application/jose")
                .body("not a jws but Brasserie Émile").when().post(NOTES).then().statusCode(400);

        assertThat(stored.count("select count(*) from audit_entry where note_id = '" + id
                + "' and event_type = 'SUBMISSION' and actor_role = 'carrier'")).isEqualTo(1);
        assertThat(stored.count("select count(*) from audit_entry where request_id = '" + requestId
                + "' and event_type = 'REFUSAL' and details like '%bodyDigest%' and details like '%malformed-jws%'"
                + " and details not like '%Brasserie%'")).isEqualTo(1);
    }

    @Test
    void theDatabaseRefusesToChangeOrDeleteEntries() {
        submitNote();
        assertThatThrownBy(() -> stored.execute("update audit_entry set actor_subject = 'nobody'"))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> stored.execute("delete from audit_entry"))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> stored.execute("update audit_node set hash = hash"))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> stored.execute("truncate audit_entry cascade"))
                .hasMessageContaining("append-only");
    }

    @Test
    void parallelSubmissionsGiveAGapFreeSequenceAndAConsistentTree() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<String>> ids = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            ids.add(pool.submit(AuditLogTest::submitNote));
        }
        for (Future<String> id : ids) {
            assertThat(id.get()).isNotNull();
        }
        pool.shutdown();

        long size = stored.count("select size from audit_head");
        assertThat(stored.count("select count(*) from audit_entry")).isEqualTo(size);
        assertThat(stored.count("select max(seq) from audit_entry")).isEqualTo(size);
        assertThat(stored.count("select min(seq) from audit_entry")).isEqualTo(1);

        List<byte[]> leaves = exportedLeafHashes();
        assertThat(leaves).hasSizeGreaterThanOrEqualTo((int) size);
        JsonPath head = given().auth().oauth2(TestTokens.auditor()).queryParam("treeSize", size)
                .when().get("/api/v1/audit/tree-head").then().statusCode(200).extract().jsonPath();
        assertThat(Base64.getDecoder().decode(head.getString("rootHash")))
                .isEqualTo(independentRoot(leaves.subList(0, (int) size)));
    }

    @Test
    void inclusionAndConsistencyProofsVerifyAgainstTheTreeHead() {
        submitNote();
        submitNote();
        long size = stored.count("select size from audit_head");
        byte[] root = bytes(given().auth().oauth2(TestTokens.auditor()).when().get("/api/v1/audit/tree-head")
                .then().statusCode(200).extract().path("rootHash"));
        for (long seq : new long[] { 1, size / 2 + 1, size }) {
            JsonPath proof = given().auth().oauth2(TestTokens.auditor()).queryParam("seq", seq)
                    .queryParam("treeSize", size).when().get("/api/v1/audit/proofs/inclusion").then()
                    .statusCode(200).extract().jsonPath();
            assertThat(MerkleProofs.verifyInclusion(seq - 1, size, bytes(proof.getString("leafHash")),
                    proof.getList("path", String.class).stream().map(AuditLogTest::bytes).toList(), root)).isTrue();
        }
        long first = Math.max(1, size / 3);
        JsonPath consistency = given().auth().oauth2(TestTokens.auditor()).queryParam("first", first)
                .queryParam("second", size).when().get("/api/v1/audit/proofs/consistency").then().statusCode(200)
                .extract().jsonPath();
        assertThat(MerkleProofs.verifyConsistency(first, size, bytes(consistency.getString("firstRoot")), root,
                consistency.getList("path", String.class).stream().map(AuditLogTest::bytes).toList())).isTrue();
    }

    @Test
    void refusesProofsForTreesThatDoNotExist() {
        long size = stored.count("select size from audit_head");
        problem(given().auth().oauth2(TestTokens.auditor()).queryParam("seq", 1).queryParam("treeSize", size + 10)
                .when().get("/api/v1/audit/proofs/inclusion").then(), 400, "invalid-parameter");
        problem(given().auth().oauth2(TestTokens.auditor()).queryParam("first", "x")
                .when().get("/api/v1/audit/proofs/consistency").then(), 400, "invalid-parameter");
    }

    @Test
    void onlyAuditorsGetProofsAndTheExport() {
        for (String path : List.of("/api/v1/audit/tree-head", "/api/v1/audit/export",
                "/api/v1/audit/proofs/inclusion?seq=1")) {
            problem(given().auth().oauth2(TestTokens.inspector()).when().get(path).then(), 403, "forbidden");
            problem(given().auth().oauth2(TestTokens.carrierA()).when().get(path).then(), 403, "forbidden");
            problem(given().when().get(path).then(), 401, "unauthenticated");
        }
    }

    @Test
    void aNotesHistoryShowsItsCarrierOnlyTheSubmissions() {
        String id = submitNote();
        given().auth().oauth2(TestTokens.inspector()).when().get(NOTES + "/" + id).then().statusCode(200);

        given().auth().oauth2(TestTokens.auditor()).when().get(NOTES + "/" + id + "/history").then().statusCode(200)
                .body("type", hasItem("SUBMISSION")).body("type", hasItem("READ"));
        given().auth().oauth2(TestTokens.carrierA()).when().get(NOTES + "/" + id + "/history").then().statusCode(200)
                .body("type", everyItem(equalTo("SUBMISSION")));
        problem(given().auth().oauth2(TestTokens.carrierB()).when().get(NOTES + "/" + id + "/history").then(), 404,
                "not-found");
        problem(given().auth().oauth2(TestTokens.inspector()).when().get(NOTES + "/" + id + "/history").then(), 403,
                "forbidden");
    }

    private static List<byte[]> exportedLeafHashes() {
        String export = given().auth().oauth2(TestTokens.auditor()).when().get("/api/v1/audit/export").then()
                .statusCode(200).contentType("application/x-ndjson").extract().asString();
        List<byte[]> leaves = new ArrayList<>();
        for (String line : export.split("\n")) {
            if (!line.isEmpty()) {
                leaves.add(MerkleTree.leafHash(line.getBytes(StandardCharsets.UTF_8)));
            }
        }
        return leaves;
    }

    /** MTH of RFC 9162 s.2.1.1, straight from the definition. */
    private static byte[] independentRoot(List<byte[]> d) {
        if (d.size() == 1) {
            return d.get(0);
        }
        int k = Integer.highestOneBit(d.size() - 1);
        return MerkleTree.nodeHash(independentRoot(d.subList(0, k)), independentRoot(d.subList(k, d.size())));
    }

    private static byte[] bytes(String base64) {
        return Base64.getDecoder().decode(base64);
    }
}
