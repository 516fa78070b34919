package eu.ecmr.accesspoint.audit.verifier;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;

import eu.ecmr.accesspoint.audit.MerkleTree;

/**
 * Checks an exported audit log with nothing but the Access Point's seal certificate and the TSA's
 * root: that every entry is in order and in its canonical form, that the log's tree matches every
 * signed, timestamped checkpoint, and that it agrees with the checkpoints this verifier saw before
 * (kept in a state file), so that a rewritten or forked history is caught.
 *
 * <pre>
 * java -cp 'target/quarkus-app/app/*:target/quarkus-app/lib/main/*' \
 *     eu.ecmr.accesspoint.audit.verifier.AuditLogVerifier \
 *     --log audit.ndjson --checkpoints checkpoints.json \
 *     --seal-cert certs-sample/seal.pem --tsa-root certs-sample/root-ca.pem [--state seen.json]
 * </pre>
 *
 * Exit code 0 when the history is intact, 1 when it is not, 2 for bad arguments.
 */
public final class AuditLogVerifier {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final CheckpointVerification checkpoints;
    private final List<String> problems = new ArrayList<>();

    AuditLogVerifier(X509Certificate sealCertificate, X509Certificate tsaRoot) {
        this.checkpoints = new CheckpointVerification(sealCertificate, tsaRoot);
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        if (!options.keySet().containsAll(List.of("log", "checkpoints", "seal-cert", "tsa-root"))) {
            System.err.println("usage: AuditLogVerifier --log FILE --checkpoints FILE --seal-cert PEM --tsa-root PEM"
                    + " [--state FILE]");
            System.exit(2);
        }
        Result result = verify(Path.of(options.get("log")), Path.of(options.get("checkpoints")),
                certificate(Path.of(options.get("seal-cert"))), certificate(Path.of(options.get("tsa-root"))),
                options.containsKey("state") ? Path.of(options.get("state")) : null);
        result.problems().forEach(p -> System.out.println("PROBLEM: " + p));
        System.out.println(result.summary());
        System.exit(result.intact() ? 0 : 1);
    }

    /** The outcome: intact or not, with every problem found. */
    public record Result(boolean intact, long entries, int checkpoints, List<String> problems) {
        String summary() {
            return (intact ? "INTACT: " : "NOT INTACT: ") + entries + " entries, " + checkpoints
                    + " checkpoints checked";
        }
    }

    public static Result verify(Path log, Path checkpointFile, X509Certificate seal, X509Certificate tsaRoot,
            Path state) throws IOException {
        return new AuditLogVerifier(seal, tsaRoot).run(log, checkpointFile, state);
    }

    private Result run(Path log, Path checkpointFile, Path state) throws IOException {
        List<ExportedCheckpoint> published = readCheckpoints(checkpointFile);
        Map<Long, byte[]> expected = new TreeMap<>();
        for (ExportedCheckpoint c : published) {
            String problem = checkpoints.problem(c);
            if (problem != null) {
                problems.add("checkpoint at tree size " + c.treeSize() + ": " + problem);
            } else {
                expected.put(c.treeSize(), c.rootHash());
            }
        }
        Map<Long, byte[]> seenBefore = readState(state);
        long entries = readLog(log, expected, seenBefore);
        for (long size : expected.keySet()) {
            if (size > entries) {
                problems.add("a checkpoint covers " + size + " entries but the log has only " + entries
                        + ": entries were removed");
            }
        }
        for (long size : seenBefore.keySet()) {
            if (size > entries) {
                problems.add("a checkpoint seen before covers " + size + " entries but the log has only " + entries);
            }
        }
        if (problems.isEmpty() && state != null) {
            writeState(state, seenBefore, published);
        }
        return new Result(problems.isEmpty(), entries, published.size(), List.copyOf(problems));
    }

    private long readLog(Path log, Map<Long, byte[]> checkpointRoots, Map<Long, byte[]> seenRoots)
            throws IOException {
        CompactRange tree = new CompactRange();
        try (BufferedReader lines = Files.newBufferedReader(log, StandardCharsets.UTF_8)) {
            String line;
            while ((line = lines.readLine()) != null) {
                if (line.isEmpty()) {
                    continue;
                }
                checkEntry(line, tree.size() + 1);
                tree.append(MerkleTree.leafHash(line.getBytes(StandardCharsets.UTF_8)));
                compare(tree, checkpointRoots.get(tree.size()), "the signed checkpoint");
                compare(tree, seenRoots.get(tree.size()), "a checkpoint seen before (a forked or rewritten history)");
            }
        }
        return tree.size();
    }

    private void checkEntry(String line, long expectedSeq) {
        try {
            JsonNode entry = JSON.readTree(line);
            long seq = entry.path("seq").asLong(-1);
            if (seq != expectedSeq) {
                problems.add("line " + expectedSeq + " holds entry " + seq + ": entries are missing or out of order");
            }
        } catch (IOException e) {
            problems.add("line " + expectedSeq + " is not a JSON entry");
        }
    }

    private void compare(CompactRange tree, byte[] expectedRoot, String what) {
        if (expectedRoot != null && !MessageDigest.isEqual(tree.root(), expectedRoot)) {
            problems.add("the first " + tree.size() + " entries do not match " + what + ": they were changed");
        }
    }

    private static List<ExportedCheckpoint> readCheckpoints(Path file) throws IOException {
        List<ExportedCheckpoint> list = new ArrayList<>(Arrays.asList(
                JSON.readValue(file.toFile(), ExportedCheckpoint[].class)));
        list.sort(Comparator.comparingLong(ExportedCheckpoint::treeSize));
        return list;
    }

    private static Map<Long, byte[]> readState(Path state) throws IOException {
        Map<Long, byte[]> seen = new TreeMap<>();
        if (state != null && Files.exists(state)) {
            for (JsonNode n : JSON.readTree(state.toFile())) {
                seen.put(n.get("treeSize").asLong(), n.get("rootHash").binaryValue());
            }
        }
        return seen;
    }

    private static void writeState(Path state, Map<Long, byte[]> seen, List<ExportedCheckpoint> published)
            throws IOException {
        Map<Long, byte[]> all = new TreeMap<>(seen);
        published.forEach(c -> all.put(c.treeSize(), c.rootHash()));
        ArrayNode out = JSON.createArrayNode();
        all.forEach((size, root) -> out.addObject().put("treeSize", size).put("rootHash", root));
        JSON.writerWithDefaultPrettyPrinter().writeValue(state.toFile(), out);
    }

    static X509Certificate certificate(Path pem) throws Exception {
        try (InputStream in = Files.newInputStream(pem)) {
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        }
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new TreeMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (args[i].startsWith("--")) {
                options.put(args[i].substring(2), args[i + 1]);
            }
        }
        return options;
    }
}
