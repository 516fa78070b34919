package eu.ecmr.accesspoint.cli;

import java.io.IOException;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import eu.ecmr.accesspoint.signature.JwsSerialization;

/**
 * What a file given to {@code submit} holds: an unsigned e-CMR document (JSON, to be signed first),
 * a flattened JWS (JSON with {@code protected}, {@code payload}, {@code signature}) or a compact JWS.
 * The bytes of a JWS are sent exactly as read: the Access Point keeps them as the evidence.
 */
record SubmissionBody(byte[] bytes, Kind kind) {

    private static final ObjectMapper JSON = new ObjectMapper();

    enum Kind { DOCUMENT, COMPACT_JWS, FLATTENED_JWS }

    static SubmissionBody of(byte[] bytes) {
        if (JwsSerialization.of(bytes) == JwsSerialization.COMPACT) {
            return new SubmissionBody(bytes, Kind.COMPACT_JWS);
        }
        JsonNode json = parse(bytes);
        boolean jws = json != null && json.has("protected") && json.has("payload") && json.has("signature");
        return new SubmissionBody(bytes, jws ? Kind.FLATTENED_JWS : Kind.DOCUMENT);
    }

    JwsSerialization serialization() {
        return kind == Kind.FLATTENED_JWS ? JwsSerialization.FLATTENED_JSON : JwsSerialization.COMPACT;
    }

    /** Refuses, before anything is signed, a file that is not a JSON object. */
    static void requireDocument(byte[] bytes, Path file) {
        JsonNode json = parse(bytes);
        if (json == null || !json.isObject()) {
            throw CliException.usage(file + " is not a JSON object; sign takes the e-CMR document itself");
        }
        if (json.has("protected") && json.has("signature")) {
            throw CliException.usage(file + " is already a flattened JWS; submit it as it is");
        }
    }

    private static JsonNode parse(byte[] bytes) {
        try {
            return JSON.readTree(bytes);
        } catch (IOException e) {
            return null;
        }
    }
}
