package eu.ecmr.accesspoint.signature;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import eu.ecmr.accesspoint.common.AccessPointException;
import eu.ecmr.accesspoint.common.ProblemKind;

/**
 * Reads the JSON of a JWS (headers, flattened envelope) strictly: UTF-8 only (RFC 7515 s.5.2
 * step 4), no duplicate member names (RFC 7515 s.4 lets a recipient refuse them; a verifier that
 * keeps the last while another keeps the first is the classic confusion), nothing after the
 * value, and a shallow nesting limit.
 */
final class JoseJson {

    static final int MAX_NESTING_DEPTH = 16;

    // Configured once, then thread-safe; STRICT_DUPLICATE_DETECTION is JsonParser.Feature's.
    private static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING_DEPTH).build())
                    .build())
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private JoseJson() {
    }

    /** Parses {@code utf8} as one JSON object, or refuses it as MALFORMED_JWS naming {@code what}. */
    static ObjectNode parseObject(byte[] utf8, String what) {
        JsonNode node;
        try {
            node = MAPPER.readTree(strictUtf8(utf8, what));
        } catch (StreamConstraintsException e) {
            throw malformed(what + " is nested deeper than " + MAX_NESTING_DEPTH + " levels");
        } catch (JsonProcessingException e) {
            String original = e.getOriginalMessage();
            if (original != null && original.startsWith("Duplicate field")) {
                throw malformed(what + " repeats a member name: " + original.substring("Duplicate field".length()).trim());
            }
            throw malformed(what + " is not valid JSON" + at(e.getLocation()));
        }
        if (node == null || !node.isObject()) {
            throw malformed(what + " is not a JSON object");
        }
        return (ObjectNode) node;
    }

    private static String strictUtf8(byte[] bytes, String what) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw malformed(what + " is not UTF-8");
        }
    }

    private static String at(JsonLocation location) {
        return location == null ? "" : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }

    private static AccessPointException malformed(String detail) {
        return AccessPointException.of(ProblemKind.MALFORMED_JWS, detail);
    }
}
