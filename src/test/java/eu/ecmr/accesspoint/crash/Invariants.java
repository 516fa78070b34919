package eu.ecmr.accesspoint.crash;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What must hold of the whole database after any crash: nothing half-written. Each query lists
 * the rows that break one rule; all of them must come back empty.
 */
final class Invariants {

    private static final Map<String, String> RULES = new LinkedHashMap<>();

    static {
        RULES.put("a note without the audit entry of its submission (naming its digest)", """
                select n.id from consignment_note n where not exists (select 1 from audit_entry a
                  where a.note_id = n.id and a.event_type = 'SUBMISSION'
                    and a.details::jsonb ->> 'payloadDigest' = n.payload_digest)""");
        RULES.put("a note recorded as submitted more than once (not as a repetition)", """
                select note_id from audit_entry where event_type = 'SUBMISSION'
                  and coalesce(details::jsonb ->> 'repeated', 'false') <> 'true'
                group by note_id having count(*) <> 1""");
        RULES.put("an audit entry about a note that is not stored", """
                select a.seq from audit_entry a where a.note_id is not null
                  and not exists (select 1 from consignment_note n where n.id = a.note_id)""");
        RULES.put("a note whose stored bytes do not hash to its digest", """
                select id from consignment_note where encode(sha256(original), 'hex') <> payload_digest""");
        RULES.put("a note not queued for the e-FTI gate", """
                select n.id from consignment_note n
                  where not exists (select 1 from efti_registration r where r.dataset_id = n.id)""");
        RULES.put("an outbox row without its note", """
                select r.dataset_id from efti_registration r
                  where not exists (select 1 from consignment_note n where n.id = r.dataset_id)""");
        RULES.put("an outbox row in an impossible state", """
                select dataset_id from efti_registration where version < 1 or state not in ('PENDING', 'DELIVERED')
                  or (state = 'DELIVERED' and (delivered_version is null or delivered_version <> version))""");
        RULES.put("a PDF copy without exactly one rendering entry naming its digest", """
                select p.note_id from consignment_note_pdf p where (select count(*) from audit_entry a
                  where a.note_id = p.note_id and a.event_type = 'PDF_RENDERING'
                    and a.details::jsonb ->> 'pdfSha256' = encode(sha256(p.pdf), 'hex')) <> 1""");
        RULES.put("a rendering entry without its PDF copy", """
                select a.seq from audit_entry a where a.event_type = 'PDF_RENDERING'
                  and not exists (select 1 from consignment_note_pdf p where p.note_id = a.note_id)""");
        RULES.put("an audit head that does not count the entries", """
                select h.size from audit_head h where h.size <> (select count(*) from audit_entry)
                  or h.size <> (select coalesce(max(seq), 0) from audit_entry)""");
        RULES.put("a Merkle tree level that does not hold one node per complete subtree", """
                select l from generate_series(0, 62) l
                  where (select count(*) from audit_node n where n.level = l) <> (select size from audit_head) >> l
                     or exists (select 1 from audit_node n where n.level = l and n.idx >= (select size from audit_head) >> l)""");
        RULES.put("a checkpoint beyond the log", """
                select tree_size from audit_checkpoint where tree_size > (select size from audit_head)""");
    }

    private Invariants() {
    }

    /** Every broken rule, with up to five of the rows that break it. */
    static List<String> violations(Connection db) throws SQLException {
        List<String> violations = new ArrayList<>();
        try (Statement statement = db.createStatement()) {
            for (Map.Entry<String, String> rule : RULES.entrySet()) {
                List<String> rows = new ArrayList<>();
                try (ResultSet rs = statement.executeQuery(rule.getValue())) {
                    while (rs.next()) {
                        rows.add(rs.getString(1));
                    }
                }
                if (!rows.isEmpty()) {
                    violations.add(rule.getKey() + ": " + rows.size() + " rows, e.g. "
                            + rows.subList(0, Math.min(5, rows.size())));
                }
            }
        }
        return violations;
    }
}
