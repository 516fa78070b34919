package eu.ecmr.accesspoint.signature;

import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import eu.ecmr.accesspoint.common.AccessPointException;
import eu.ecmr.accesspoint.common.ProblemKind;

/**
 * Takes a JWS apart, in either serialization the Access Point accepts, into a {@link ParsedJws}.
 * Only structure is judged here; what the headers say is {@link JadesHeaderPolicy}'s business.
 */
final class JwsParser {

    private static final Set<String> FLATTENED_MEMBERS = Set.of("protected", "header", "payload", "signature");

    ParsedJws parse(byte[] body, JwsSerialization serialization) {
        if (body == null || body.length == 0) {
            throw malformed("the body is empty");
        }
        return serialization == JwsSerialization.COMPACT ? compact(body) : flattened(body);
    }

    /** RFC 7515 s.7.1: three base64url parts separated by two dots, nothing else. */
    private ParsedJws compact(byte[] body) {
        // ISO-8859-1 maps each byte to one char, so any non-ASCII byte stays visible and is refused below.
        String text = new String(body, StandardCharsets.ISO_8859_1);
        int first = text.indexOf('.');
        int second = first < 0 ? -1 : text.indexOf('.', first + 1);
        if (second < 0 || text.indexOf('.', second + 1) >= 0) {
            throw malformed("the compact serialization has " + partCount(text)
                    + " parts; it must have exactly three separated by '.' (RFC 7515 s.7.1)");
        }
        return assemble(text.substring(0, first), text.substring(first + 1, second), text.substring(second + 1),
                JsonNodeFactory.instance.objectNode());
    }

    /** RFC 7515 s.7.2.2: one JSON object with protected, payload, signature and optionally header. */
    private ParsedJws flattened(byte[] body) {
        ObjectNode envelope = JoseJson.parseObject(body, "the flattened JWS");
        if (envelope.has("signatures")) {
            throw malformed("the general JSON serialization ('signatures') is not accepted;"
                    + " send one signature in the flattened form (RFC 7515 s.7.2.2)");
        }
        for (Iterator<String> names = envelope.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!FLATTENED_MEMBERS.contains(name)) {
                throw malformed("the flattened JWS has an unknown member '" + name
                        + "'; only protected, header, payload and signature are allowed");
            }
        }
        JsonNode header = envelope.get("header");
        if (header != null && !header.isObject()) {
            throw malformed("the member 'header' must be a JSON object (RFC 7515 s.7.2.1)");
        }
        ParsedJws jws = assemble(member(envelope, "protected"), member(envelope, "payload"),
                member(envelope, "signature"), header == null ? JsonNodeFactory.instance.objectNode() : (ObjectNode) header);
        requireDisjoint(jws);
        return jws;
    }

    private ParsedJws assemble(String protectedPart, String payloadPart, String signaturePart, ObjectNode unprotected) {
        if (payloadPart.isEmpty()) {
            throw malformed("the payload is detached (empty); the e-CMR document must be attached");
        }
        byte[] headerJson = Base64Url.decode(protectedPart, "the protected header");
        byte[] payload = Base64Url.decode(payloadPart, "the payload");
        byte[] signature = Base64Url.decode(signaturePart, "the signature");
        ObjectNode protectedHeader = JoseJson.parseObject(headerJson, "the protected header");
        byte[] signingInput = (protectedPart + '.' + payloadPart).getBytes(StandardCharsets.US_ASCII);
        return new ParsedJws(protectedHeader, unprotected, payload, signingInput, signature);
    }

    /** RFC 7515 s.7.2.1: the protected and unprotected header must not share a parameter name. */
    private static void requireDisjoint(ParsedJws jws) {
        for (Iterator<String> names = jws.unprotectedHeader().fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (jws.protectedHeader().has(name)) {
                throw AccessPointException.of(ProblemKind.INVALID_HEADER, "the header parameter '" + name
                        + "' is in both the protected and the unprotected header (RFC 7515 s.7.2.1)");
            }
        }
    }

    private static String member(ObjectNode envelope, String name) {
        JsonNode value = envelope.get(name);
        if (value == null || !value.isTextual()) {
            throw malformed("the flattened JWS needs the member '" + name + "' as a string (RFC 7515 s.7.2.2)");
        }
        return value.textValue();
    }

    private static int partCount(String text) {
        return (int) text.chars().filter(c -> c == '.').count() + 1;
    }

    private static AccessPointException malformed(String detail) {
        return AccessPointException.of(ProblemKind.MALFORMED_JWS, detail);
    }
}
