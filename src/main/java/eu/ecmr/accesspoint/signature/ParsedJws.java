package eu.ecmr.accesspoint.signature;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A JWS taken apart but not yet judged. {@code signingInput} is the exact ASCII
 * {@code BASE64URL(protected) '.' BASE64URL(payload)} as received (RFC 7515 s.5.2 step 8);
 * {@code unprotectedHeader} is empty for the compact serialization.
 */
record ParsedJws(
        ObjectNode protectedHeader,
        ObjectNode unprotectedHeader,
        byte[] payload,
        byte[] signingInput,
        byte[] signature) {
}
