package eu.ecmr.accesspoint.document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import eu.ecmr.accesspoint.common.AccessPointException;
import eu.ecmr.accesspoint.common.FieldError;
import eu.ecmr.accesspoint.common.ProblemKind;

/**
 * Reads a signed e-CMR payload into an {@link EcmrDocument}, refusing anything that is not a
 * strict UTF-8 JSON object (RFC 8259 s.8.1) with unique member names (RFC 8259 s.4: duplicates
 * would let two readers see two different notes), and reporting every bad field at once.
 * Thread-safe.
 */
public final class EcmrDocumentReader {

    static final int MAX_NESTING_DEPTH = 16;
    static final int MAX_GOODS_LINES = 10_000;

    private final ObjectMapper mapper = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxNestingDepth(MAX_NESTING_DEPTH)
                            .maxNumberLength(40)
                            .maxStringLength(100_000)
                            .build())
                    .build())
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    public EcmrDocument read(byte[] payload) {
        JsonNode root = parse(payload);
        if (!root.isObject()) {
            throw AccessPointException.invalidContent(List.of(new FieldError("", "must be a JSON object")));
        }
        List<FieldError> errors = new ArrayList<>();
        EcmrDocument document = new DocumentFields(new JsonFields(root, "", errors, DocumentFields.MEMBERS)).read();
        if (!errors.isEmpty()) {
            throw AccessPointException.invalidContent(errors);
        }
        return document;
    }

    /** The payload as a JSON tree, for callers that show the document as it was signed. */
    public JsonNode tree(byte[] payload) {
        return parse(payload);
    }

    private JsonNode parse(byte[] payload) {
        String text = strictUtf8(payload);
        try (JsonParser parser = mapper.createParser(text)) {
            try {
                JsonNode root = mapper.readTree(parser);
                if (root == null) {
                    throw AccessPointException.of(ProblemKind.MALFORMED_PAYLOAD, "The payload is empty");
                }
                return root;
            } catch (NumberFormatException e) {
                // Valid JSON (RFC 8259 s.6 sets no range), but no decimal can hold it, e.g. 1e-2147483648.
                throw AccessPointException.invalidContent(List.of(new FieldError(pointerOf(parser),
                        "is a number beyond the range of any amount, weight or count")));
            } catch (StreamConstraintsException e) {
                throw AccessPointException.invalidContent(List.of(new FieldError(pointerOf(parser),
                        "exceeds the document limits (nesting depth " + MAX_NESTING_DEPTH
                                + ", string and number lengths)")));
            } catch (StreamReadException e) {
                if (e.getMessage() != null && e.getMessage().startsWith("Duplicate field")) {
                    throw AccessPointException.invalidContent(List.of(new FieldError(pointerOf(parser),
                            "duplicate member name")));
                }
                throw AccessPointException.of(ProblemKind.MALFORMED_PAYLOAD,
                        "The payload is not valid JSON (line " + e.getLocation().getLineNr()
                                + ", column " + e.getLocation().getColumnNr() + ")");
            }
        } catch (JsonProcessingException e) {
            throw AccessPointException.of(ProblemKind.MALFORMED_PAYLOAD, "The payload is not valid JSON");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where the parser stopped, as a JSON Pointer; for a duplicate, the pointer of the repeated member. */
    private static String pointerOf(JsonParser parser) {
        JsonStreamContext context = parser.getParsingContext();
        String pointer = context.pathAsPointer().toString();
        String name = context.getCurrentName();
        if (name != null && context.inObject() && !pointer.endsWith("/" + name)) {
            pointer = pointer + "/" + name;
        }
        return pointer;
    }

    private static String strictUtf8(byte[] payload) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(payload))
                    .toString();
        } catch (CharacterCodingException e) {
            throw AccessPointException.of(ProblemKind.MALFORMED_PAYLOAD, "The payload is not UTF-8 text");
        }
    }

}
