package eu.ecmr.accesspoint.audit;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The canonical byte form of an audit entry, the input of its Merkle leaf hash and one line of the
 * export: UTF-8 JSON with the members in this fixed order and no white space, absent values as
 * {@code null}, the time in UTC with exactly six fractional digits, and {@code details} as stored
 * (a JSON object with its members in name order). Documented in docs/AUDIT.md; an auditor's tool
 * re-creates the leaf hash from the line alone.
 */
public final class CanonicalEntry {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'")
            .withZone(ZoneOffset.UTC);
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private CanonicalEntry() {
    }

    public static byte[] bytes(AuditEntry e) {
        StringWriter out = new StringWriter(256);
        try (JsonGenerator g = MAPPER.getFactory().createGenerator(out)) {
            g.writeStartObject();
            g.writeNumberField("seq", e.sequence());
            g.writeStringField("recordedAt", TIME.format(e.recordedAt()));
            g.writeStringField("type", e.type().name());
            g.writeStringField("actorSubject", e.actorSubject());
            g.writeStringField("actorRole", e.actorRole());
            g.writeStringField("actorOrganisation", e.actorOrganisation());
            g.writeStringField("noteId", e.noteId() == null ? null : e.noteId().toString());
            g.writeStringField("requestId", e.requestId());
            g.writeStringField("controlReference", e.controlReference());
            g.writeFieldName("details");
            g.writeTree(MAPPER.readTree(e.details()));
            g.writeEndObject();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] leafHash(AuditEntry e) {
        return MerkleTree.leafHash(bytes(e));
    }
}
