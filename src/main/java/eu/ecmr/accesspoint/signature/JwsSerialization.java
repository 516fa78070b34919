package eu.ecmr.accesspoint.signature;

import java.util.Optional;

/** The two JWS serializations the Access Point accepts (RFC 7515 s.7.1, s.7.2.2), by media type. */
public enum JwsSerialization {
    COMPACT("application/jose"),
    FLATTENED_JSON("application/jose+json");

    private final String mediaType;

    JwsSerialization(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }

    /**
     * The serialization {@code body} is written in, by its first character that is not JSON
     * whitespace (RFC 8259 s.2): a flattened JWS is a JSON object, a compact one starts with
     * base64url. Says nothing about whether the rest is well-formed; parsing decides that.
     */
    public static JwsSerialization of(byte[] body) {
        for (byte b : body) {
            if (b != ' ' && b != '\t' && b != '\n' && b != '\r') {
                return b == '{' ? FLATTENED_JSON : COMPACT;
            }
        }
        return COMPACT;
    }

    /** The serialization of a media type (type/subtype, case-insensitive), if it is one of the two. */
    public static Optional<JwsSerialization> forMediaType(String mediaType) {
        for (JwsSerialization s : values()) {
            if (s.mediaType.equalsIgnoreCase(mediaType)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
