package eu.ecmr.accesspoint.submission;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import com.fasterxml.jackson.databind.ObjectMapper;

import eu.ecmr.accesspoint.signature.JwsSerialization;

/**
 * The payload of a stored original: the e-CMR document exactly as it was signed. Only for bytes that
 * were verified at submission; a damaged original surfaces as an {@link IllegalStateException}.
 */
public final class SignedPayload {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private SignedPayload() {
    }

    public static byte[] of(StoredNote note) {
        return of(note.original(), note.serialization());
    }

    static byte[] of(byte[] original, JwsSerialization serialization) {
        try {
            String encoded = serialization == JwsSerialization.COMPACT
                    ? new String(original, StandardCharsets.US_ASCII).split("\\.", -1)[1]
                    : MAPPER.readTree(original).get("payload").textValue();
            return Base64.getUrlDecoder().decode(encoded);
        } catch (IOException e) {
            throw new UncheckedIOException("stored original is not a flattened JWS", e);
        } catch (RuntimeException e) {
            throw new IllegalStateException("stored original is not a JWS", e);
        }
    }
}
