package eu.ecmr.accesspoint.signature;

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

    public static JwsSerialization fromMediaType(String mediaType) {
        for (JwsSerialization s : values()) {
            if (s.mediaType.equalsIgnoreCase(mediaType)) {
                return s;
            }
        }
        throw new IllegalArgumentException("not a JWS media type: " + mediaType);
    }
}
