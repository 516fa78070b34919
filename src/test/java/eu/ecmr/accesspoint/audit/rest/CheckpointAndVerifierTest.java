package eu.ecmr.accesspoint.audit.rest;

import static eu.ecmr.accesspoint.support.Api.submitCompact;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import eu.ecmr.accesspoint.audit.Checkpoints;
import eu.ecmr.accesspoint.audit.verifier.AuditLogVerifier;
import eu.ecmr.accesspoint.signature.SampleSigner;
import eu.ecmr.accesspoint.support.SampleNotes;
import eu.ecmr.accesspoint.support.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;

/**
 * Signed checkpoints verify with stock OpenSSL, and the standalone verifier, given only the seal
 * certificate and the TSA root, accepts the exported history and catches every kind of tampering.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class CheckpointAndVerifierTest {

    @Inject
    Checkpoints checkpoints;
    private Path dir;
    private Path log;
    private Path published;

    @BeforeEach
    void historyWithACheckpoint() throws Exception {
        for (int i = 0; i < 5; i++) {
            submitCompact(TestTokens.carrierA(), SampleSigner.carrierA().sign(SampleNotes.document())).statusCode(201);
        }
        checkpoints.checkpointNow();
        dir = Files.createTempDirectory("audit");
        log = dir.resolve("audit.ndjson");
        published = dir.resolve("checkpoints.json");
        Files.writeString(log, given().auth().oauth2(TestTokens.auditor()).when().get("/api/v1/audit/export").then()
                .statusCode(200).extract().asString());
        String list = given().auth().oauth2(TestTokens.auditor()).when().get("/api/v1/audit/checkpoints").then()
                .statusCode(200).extract().asString();
        Files.writeString(published, list);
        // Entries written after the export (by other tests' requests) are not in it: keep checkpoints it covers.
        long exported = Files.readAllLines(log).stream().filter(l -> !l.isEmpty()).count();
        Files.writeString(published, JsonPath.from(list).getList("findAll { it.treeSize <= " + exported + " }")
                .isEmpty() ? "[]" : new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(
                        JsonPath.from(list).getList("findAll { it.treeSize <= " + exported + " }")));
    }

    private AuditLogVerifier.Result verify(Path state) throws Exception {
        return AuditLogVerifier.verify(log, published, certificate("certs-sample/seal.pem"),
                certificate("certs-sample/root-ca.pem"), state);
    }

    @Test
    void theLatestCheckpointVerifiesWithStockOpenssl() throws Exception {
        JsonPath latest = given().auth().oauth2(TestTokens.auditor()).when().get("/api/v1/audit/checkpoint").then()
                .statusCode(200).extract().jsonPath();
        Path text = Files.write(dir.resolve("checkpoint.txt"), decode(latest.getString("signedBytes")));
        Path signature = Files.write(dir.resolve("checkpoint.sig"), decode(latest.getString("signature")));
        Path reply = Files.write(dir.resolve("checkpoint.tsr"), decode(latest.getString("timestampReply")));
        Path key = dir.resolve("seal-public.pem");
        run("openssl", "x509", "-in", "certs-sample/seal.pem", "-pubkey", "-noout", "-out", key.toString());

        assertThat(run("openssl", "dgst", "-sha256", "-verify", key.toString(), "-signature", signature.toString(),
                text.toString())).contains("Verified OK");
        assertThat(run("openssl", "ts", "-verify", "-data", text.toString(), "-in", reply.toString(), "-CAfile",
                "certs-sample/root-ca.pem", "-untrusted", "certs-sample/tsa.pem")).contains("Verification: OK");
        assertThat(Files.readString(text)).startsWith("e-CMR Access Point audit checkpoint v1\n")
                .contains("tree-size: " + latest.getLong("treeSize"));
    }

    @Test
    void acceptsTheHistoryAsExported() throws Exception {
        AuditLogVerifier.Result result = verify(null);

        assertThat(result.problems()).isEmpty();
        assertThat(result.intact()).isTrue();
        assertThat(result.checkpoints()).isPositive();
    }

    @Test
    void catchesAChangedEntry() throws Exception {
        List<String> lines = lines();
        lines.set(1, lines.get(1).replace("\"actorSubject\":\"", "\"actorSubject\":\"someone-else-than-"));
        assertThat(lines.get(1)).contains("someone-else-than-");
        Files.write(log, lines);

        assertThat(verify(null).intact()).isFalse();
    }

    @Test
    void catchesADeletedEntry() throws Exception {
        List<String> lines = lines();
        lines.remove(2);
        Files.write(log, lines);

        assertThat(verify(null).problems()).anyMatch(p -> p.contains("missing or out of order"));
    }

    @Test
    void catchesAReorderedPair() throws Exception {
        List<String> lines = lines();
        Collections.swap(lines, 1, 2);
        Files.write(log, lines);

        assertThat(verify(null).intact()).isFalse();
    }

    @Test
    void catchesAForkedHistory() throws Exception {
        Path state = dir.resolve("seen.json");
        assertThat(verify(state).intact()).isTrue();
        // Another history of the same length, as a forked log would show a second verifier.
        List<String> lines = lines();
        lines.set(0, lines.get(0).replace("\"actorSubject\":\"", "\"actorSubject\":\"forked-"));
        Files.write(log, lines);
        Files.writeString(published, "[]");

        assertThat(verify(state).problems()).anyMatch(p -> p.contains("seen before"));
    }

    private List<String> lines() throws Exception {
        List<String> lines = new ArrayList<>(Files.readAllLines(log, StandardCharsets.UTF_8));
        lines.removeIf(String::isEmpty);
        return lines;
    }

    private static java.security.cert.X509Certificate certificate(String path) throws Exception {
        try (var in = Files.newInputStream(Path.of(path))) {
            return (java.security.cert.X509Certificate) java.security.cert.CertificateFactory.getInstance("X.509")
                    .generateCertificate(in);
        }
    }

    private static byte[] decode(String base64) {
        return Base64.getDecoder().decode(base64);
    }

    private static String run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return out;
    }
}
