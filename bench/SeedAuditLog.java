import java.io.Reader;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Random;
import java.util.UUID;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import eu.ecmr.accesspoint.audit.AuditEntry;
import eu.ecmr.accesspoint.audit.AuditEventType;
import eu.ecmr.accesspoint.audit.CanonicalEntry;
import eu.ecmr.accesspoint.audit.MerkleTree;

/**
 * Grows the audit log of a benchmark database to N entries, with the Access Point's own canonical
 * form and Merkle hashing, so that the tree, its proofs and the standalone verifier agree with what
 * the Access Point would have written; rows go in with COPY, many thousand at a time.
 *
 * <pre>
 * java -cp 'target/quarkus-app/app/*:target/quarkus-app/lib/main/*' bench/SeedAuditLog.java \
 *      jdbc:postgresql://127.0.0.1:5432/ecmr_bench?user=postgres 10000000
 * </pre>
 *
 * The entries are what an inspection day looks like: inspectors' searches and reads, with a
 * control reference, over the last two years. The Access Point must not be running on the database.
 */
public final class SeedAuditLog {

    private static final int CHUNK = 50_000;
    private static final HexFormat HEX = HexFormat.of();

    public static void main(String[] args) throws Exception {
        long target = Long.parseLong(args[1]);
        try (Connection db = DriverManager.getConnection(args[0])) {
            db.setAutoCommit(false);
            long size;
            try (ResultSet rs = db.createStatement().executeQuery("select size from audit_head where id = 1 for update")) {
                rs.next();
                size = rs.getLong(1);
            }
            if (size >= target) {
                System.out.printf("[seed-audit] the log already holds %,d entries%n", size);
                return;
            }
            byte[][] frontier = frontier(db, size);
            CopyManager copy = ((PGConnection) db.unwrap(PGConnection.class)).getCopyAPI();
            Random random = new Random(size);
            Instant start = Instant.now().minus(730, ChronoUnit.DAYS);
            double step = 730.0 * 86_400_000_000.0 / (target - size);
            long t0 = System.nanoTime();
            for (long from = size; from < target; from += CHUNK) {
                long to = Math.min(target, from + CHUNK);
                StringBuilder entries = new StringBuilder(CHUNK * 320);
                StringBuilder nodes = new StringBuilder(CHUNK * 2 * 80);
                for (long i = from; i < to; i++) {
                    AuditEntry e = entry(i + 1, start.plus((long) ((i - size) * step), ChronoUnit.MICROS), random);
                    row(entries, e);
                    addLeaf(nodes, frontier, i, CanonicalEntry.leafHash(e));
                }
                copy.copyIn("copy audit_entry (seq, recorded_at, event_type, actor_subject, actor_role,"
                        + " actor_organisation, note_id, request_id, control_reference, details) from stdin",
                        reader(entries));
                copy.copyIn("copy audit_node (level, idx, hash) from stdin", reader(nodes));
                try (PreparedStatement head = db.prepareStatement("update audit_head set size = ? where id = 1")) {
                    head.setLong(1, to);
                    head.executeUpdate();
                }
                db.commit();
                db.createStatement().executeQuery("select size from audit_head where id = 1 for update").close();
                System.out.printf("[seed-audit] %,d entries (%.0f s)%n", to, (System.nanoTime() - t0) / 1e9);
            }
            db.commit();
        }
    }

    /** The stored left siblings still waiting for a right one: for each set bit L of size, node (L, size/2^L - 1). */
    private static byte[][] frontier(Connection db, long size) throws Exception {
        byte[][] frontier = new byte[64][];
        try (PreparedStatement node = db.prepareStatement("select hash from audit_node where level = ? and idx = ?")) {
            for (int level = 0; level < 63; level++) {
                if ((size >> level & 1) == 1) {
                    node.setInt(1, level);
                    node.setLong(2, (size >> level) - 1);
                    try (ResultSet rs = node.executeQuery()) {
                        rs.next();
                        frontier[level] = rs.getBytes(1);
                    }
                }
            }
        }
        return frontier;
    }

    /** Leaf {@code index} and every subtree it completes, as the Access Point stores them. */
    private static void addLeaf(StringBuilder out, byte[][] frontier, long index, byte[] leaf) {
        byte[] hash = leaf;
        int level = 0;
        long i = index;
        node(out, level, i, hash);
        while ((i & 1) == 1) {
            hash = MerkleTree.nodeHash(frontier[level], hash);
            frontier[level] = null;
            i >>= 1;
            level++;
            node(out, level, i, hash);
        }
        frontier[level] = hash;
    }

    private static void node(StringBuilder out, int level, long index, byte[] hash) {
        out.append(level).append('\t').append(index).append("\t\\\\x").append(HEX.formatHex(hash)).append('\n');
    }

    private static AuditEntry entry(long seq, Instant at, Random random) {
        boolean read = random.nextInt(3) > 0;
        int inspector = random.nextInt(400);
        UUID note = new UUID(random.nextLong(), random.nextLong());
        String details = read ? "{\"found\":true,\"part\":\"NOTE\"}"
                : "{\"page\":0,\"results\":[\"" + note + "\"],\"size\":20,\"timeField\":\"RECEIVED\",\"vehicle\":\""
                        + (char) ('A' + random.nextInt(26)) + (char) ('A' + random.nextInt(26)) + "-"
                        + (100 + random.nextInt(900)) + "-" + (char) ('A' + random.nextInt(26)) + "\"}";
        return new AuditEntry(seq, at, read ? AuditEventType.READ : AuditEventType.SEARCH, "inspector-" + inspector,
                "inspector", inspector < 200 ? "NL-ILT" : "BE-SPF", read ? note : null,
                new UUID(random.nextLong(), random.nextLong()).toString(), "CTRL-" + (seq / 7), details);
    }

    private static void row(StringBuilder out, AuditEntry e) {
        out.append(e.sequence()).append('\t').append(e.recordedAt()).append('\t').append(e.type().name()).append('\t')
                .append(e.actorSubject()).append('\t').append(e.actorRole()).append('\t')
                .append(e.actorOrganisation()).append('\t').append(e.noteId() == null ? "\\N" : e.noteId())
                .append('\t').append(e.requestId()).append('\t').append(e.controlReference()).append('\t')
                .append(e.details().replace("\\", "\\\\")).append('\n');
    }

    private static Reader reader(StringBuilder text) {
        return new StringReader(text.toString());
    }
}
