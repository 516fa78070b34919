package eu.ecmr.accesspoint.crash;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;

import eu.ecmr.accesspoint.audit.MerkleProofs;
import eu.ecmr.accesspoint.audit.MerkleTree;
import eu.ecmr.accesspoint.audit.verifier.AuditLogVerifier;

/**
 * The audit log as an auditor checks it after each restart: the export passes the standalone
 * verifier (with its state of checkpoints seen kept across cycles, so a history rewritten by a
 * crash is caught), the stored tree head equals the root recomputed from the exported entries, and
 * the tree before the crash is a prefix of the tree after it (RFC 9162 consistency proof).
 */
final class AuditChecks {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI base;
    private final Function<String, String> tokens;
    private final Path dir;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private long previousSize;
    private byte[] previousRoot;

    AuditChecks(URI base, Function<String, String> tokens, Path dir) {
        this.base = base;
        this.tokens = tokens;
        this.dir = dir;
    }

    long size() {
        return previousSize;
    }

    List<String> check() throws Exception {
        List<String> problems = new ArrayList<>();
        Path log = dir.resolve("audit.ndjson");
        Files.write(log, get("/api/v1/audit/export"));
        List<byte[]> leaves = new ArrayList<>();
        for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
            if (!line.isEmpty()) {
                leaves.add(MerkleTree.leafHash(line.getBytes(StandardCharsets.UTF_8)));
            }
        }
        long size = leaves.size();
        // Checkpoints made after the export are beyond it: the verifier would read them as entries removed.
        ArrayNode checkpoints = JSON.createArrayNode();
        for (JsonNode c : JSON.readTree(get("/api/v1/audit/checkpoints?limit=10000"))) {
            if (c.get("treeSize").asLong() <= size) {
                checkpoints.add(c);
            }
        }
        Path published = dir.resolve("checkpoints.json");
        JSON.writeValue(published.toFile(), checkpoints);
        AuditLogVerifier.Result verified = AuditLogVerifier.verify(log, published, certificate("seal.pem"),
                certificate("root-ca.pem"), dir.resolve("checkpoints-seen.json"));
        verified.problems().forEach(p -> problems.add("audit verifier: " + p));

        byte[] root = root(leaves, leaves.size());
        byte[] stored = Base64.getDecoder().decode(JSON.readTree(get("/api/v1/audit/tree-head?treeSize=" + size))
                .get("rootHash").asText());
        if (!MessageDigest.isEqual(root, stored)) {
            problems.add("the stored Merkle tree of " + size + " entries does not match the entries");
        }
        if (previousSize > 0) {
            if (size < previousSize || !MessageDigest.isEqual(root(leaves, (int) previousSize), previousRoot)) {
                problems.add("the first " + previousSize + " entries changed since the last check");
            }
            JsonNode proof = JSON.readTree(get("/api/v1/audit/proofs/consistency?first=" + previousSize
                    + "&second=" + size));
            List<byte[]> path = new ArrayList<>();
            proof.get("path").forEach(h -> path.add(Base64.getDecoder().decode(h.asText())));
            if (!MerkleProofs.verifyConsistency(previousSize, size, previousRoot, root, path)) {
                problems.add("no valid consistency proof from " + previousSize + " to " + size + " entries");
            }
        }
        previousSize = size;
        previousRoot = root;
        return problems;
    }

    /** MTH(D[0:n]) of RFC 9162 s.2.1.1, computed here, independently of the stored nodes. */
    static byte[] root(List<byte[]> leaves, int n) {
        return n == 0 ? sha256() : subtree(leaves, 0, n);
    }

    private static byte[] subtree(List<byte[]> leaves, int from, int n) {
        if (n == 1) {
            return leaves.get(from);
        }
        int k = Integer.highestOneBit(n - 1);
        return MerkleTree.nodeHash(subtree(leaves, from, k), subtree(leaves, from + k, n - k));
    }

    private static byte[] sha256() {
        try {
            return MessageDigest.getInstance("SHA-256").digest();
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private byte[] get(String path) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(base.resolve(path))
                .timeout(Duration.ofMinutes(2)).header("Authorization", "Bearer " + tokens.apply("auditor")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + " answered " + response.statusCode() + ": "
                    + new String(response.body(), StandardCharsets.UTF_8));
        }
        return response.body();
    }

    private static java.security.cert.X509Certificate certificate(String name) throws Exception {
        try (var in = Files.newInputStream(Path.of("certs-sample", name))) {
            return (java.security.cert.X509Certificate) java.security.cert.CertificateFactory.getInstance("X.509")
                    .generateCertificate(in);
        }
    }
}
