package eu.ecmr.accesspoint.crash;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Checks each submission against what the Access Point kept. Acknowledged: stored under its
 * receipt's id, byte-identical through {@code GET .../original}, verified PASSED by
 * {@code POST .../verification}, its submission entry in the audit log, queued for the gate.
 * Unknown outcome: the same, or nothing at all (no note, no audit entry naming its number).
 */
final class NoteChecks {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI base;
    private final Function<String, String> tokens;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    NoteChecks(URI base, Function<String, String> tokens) {
        this.base = base;
        this.tokens = tokens;
    }

    /** Problems found; {@code present} counts the unknown outcomes that were found stored. */
    List<String> check(Connection db, List<Submission> submissions, Set<Submission> present) throws SQLException {
        List<String> problems = new ArrayList<>();
        Set<String> audited = auditedNumbers(db, submissions);
        List<Submission> stored = new ArrayList<>();
        try (PreparedStatement find = db.prepareStatement(
                "select id, original from consignment_note where carrier_id = ? and ecmr_number = ?")) {
            for (Submission s : submissions) {
                find.setString(1, s.carrierId);
                find.setString(2, s.ecmrNumber);
                try (ResultSet rs = find.executeQuery()) {
                    if (!rs.next()) {
                        if (s.isAcknowledged()) {
                            problems.add(s + ": acknowledged with 201 but not stored");
                        } else if (audited.contains(s.ecmrNumber)) {
                            problems.add(s + ": not stored, yet its submission is in the audit log");
                        }
                        continue;
                    }
                    UUID id = rs.getObject(1, UUID.class);
                    if (s.isAcknowledged() && !id.equals(s.id)) {
                        problems.add(s + ": stored under another id, " + id);
                    }
                    if (!Arrays.equals(rs.getBytes(2), s.body)) {
                        problems.add(s + ": stored bytes differ from those sent");
                    }
                    if (!s.isAcknowledged()) {
                        s.id = id;
                        present.add(s);
                    }
                    stored.add(s);
                }
            }
        }
        problems.addAll(overHttp(stored));
        return problems;
    }

    private static Set<String> auditedNumbers(Connection db, List<Submission> submissions) throws SQLException {
        Set<String> found = new HashSet<>();
        try (PreparedStatement q = db.prepareStatement("select details::jsonb ->> 'ecmrNumber' from audit_entry"
                + " where event_type = 'SUBMISSION' and details::jsonb ->> 'ecmrNumber' = any (?)")) {
            Array numbers = db.createArrayOf("varchar", submissions.stream().map(s -> s.ecmrNumber).toArray());
            q.setArray(1, numbers);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    found.add(rs.getString(1));
                }
            }
        }
        return found;
    }

    /** The API's view of each stored note, four at a time. */
    List<String> overHttp(List<Submission> stored) {
        ConcurrentLinkedQueue<String> problems = new ConcurrentLinkedQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        for (Submission s : stored) {
            pool.execute(() -> {
                try {
                    String problem = overHttp(s);
                    if (problem != null) {
                        problems.add(s + ": " + problem);
                    }
                } catch (IOException | RuntimeException e) {
                    problems.add(s + ": the check failed: " + e);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
        }
        pool.shutdown();
        try {
            pool.awaitTermination(30, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return new ArrayList<>(problems);
    }

    private String overHttp(Submission s) throws IOException, InterruptedException {
        String note = "/api/v1/consignment-notes/" + s.id;
        HttpResponse<byte[]> original = http.send(get(note + "/original", s.user), HttpResponse.BodyHandlers.ofByteArray());
        if (original.statusCode() != 200 || !Arrays.equals(original.body(), s.body)) {
            return "GET original answered " + original.statusCode() + " with other bytes than those sent";
        }
        HttpResponse<String> verification = http.send(request(note + "/verification", s.user)
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        JsonNode report = verification.statusCode() == 200 ? JSON.readTree(verification.body()) : null;
        if (report == null || !"PASSED".equals(report.path("verdict").asText())) {
            return "verification answered " + verification.statusCode() + ": " + verification.body();
        }
        HttpResponse<String> entries = http.send(get("/api/v1/audit/entries?type=SUBMISSION&noteId=" + s.id, "auditor"),
                HttpResponse.BodyHandlers.ofString());
        if (entries.statusCode() != 200 || JSON.readTree(entries.body()).size() != 1) {
            return "the audit log answered " + entries.statusCode() + " with " + entries.body()
                    + " instead of the one entry of its submission";
        }
        HttpResponse<String> registration = http.send(get("/api/v1/efti/registrations/" + s.id, "auditor"),
                HttpResponse.BodyHandlers.ofString());
        if (registration.statusCode() != 200) {
            return "not queued for the gate: registration answered " + registration.statusCode();
        }
        return null;
    }

    private HttpRequest get(String path, String user) {
        return request(path, user).GET().build();
    }

    private HttpRequest.Builder request(String path, String user) {
        return HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + tokens.apply(user));
    }
}
