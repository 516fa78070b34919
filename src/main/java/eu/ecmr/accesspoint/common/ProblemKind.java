package eu.ecmr.accesspoint.common;

/**
 * Every kind of refusal or failure the API can answer. Each has a stable problem {@code type} URI
 * (RFC 9457 s.3.1.1) that clients may switch on; the HTTP status for each lives in one table,
 * {@code common.rest.ProblemStatusTable}.
 */
public enum ProblemKind {
    MALFORMED_JWS("malformed-jws", "The body is not a well-formed JWS"),
    UNSUPPORTED_ALGORITHM("unsupported-algorithm", "The JWS algorithm is not accepted"),
    FORBIDDEN_HEADER("forbidden-header", "A JWS header parameter is not accepted"),
    INVALID_HEADER("invalid-header", "A required JAdES header parameter is missing or invalid"),
    MALFORMED_PAYLOAD("malformed-payload", "The signed payload is not a JSON document"),
    SIGNATURE_INVALID("signature-invalid", "The signature does not verify"),
    CERTIFICATE_UNTRUSTED("certificate-untrusted", "The signer's certificate does not chain to a trust anchor"),
    CERTIFICATE_NOT_VALID_AT_SIGNING_TIME("certificate-not-valid-at-signing-time",
            "The signer's certificate was not valid at the claimed signing time"),
    CERTIFICATE_NOT_FOR_SIGNING("certificate-not-for-signing", "The signer's certificate does not allow signing"),
    CERTIFICATE_REVOKED("certificate-revoked", "The signer's certificate is revoked"),
    SIGNING_TIME_IN_FUTURE("signing-time-in-future", "The claimed signing time is in the future"),
    SIGNER_MISMATCH("signer-mismatch", "The signer, the caller and the note name different carriers"),
    CONTENT_INVALID("content-invalid", "The e-CMR document is not valid"),
    DUPLICATE_NOTE("duplicate-note", "A different note with this e-CMR number exists"),
    NOTE_NOT_FOUND("not-found", "No such resource"),
    INVALID_PARAMETER("invalid-parameter", "A request parameter is not valid"),
    UNAUTHENTICATED("unauthenticated", "A valid bearer token is required"),
    FORBIDDEN("forbidden", "The caller's role does not allow this"),
    METHOD_NOT_ALLOWED("method-not-allowed", "The method is not allowed on this resource"),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", "The content type is not accepted"),
    NOT_ACCEPTABLE("not-acceptable", "No acceptable representation"),
    PAYLOAD_TOO_LARGE("payload-too-large", "The request body exceeds the size limit"),
    PDF_TOO_LARGE("pdf-too-large", "The note is too large to render as a PDF copy"),
    RATE_LIMITED("rate-limited", "Too many requests from this client"),
    TIMESTAMP_UNAVAILABLE("timestamp-unavailable", "The timestamp authority could not be reached"),
    SERVICE_UNAVAILABLE("service-unavailable", "The service is temporarily unavailable"),
    IDENTITY_PROVIDER_UNAVAILABLE("identity-provider-unavailable",
            "The identity provider cannot be reached to check the token"),
    INTERNAL_ERROR("internal-error", "An unexpected error occurred");

    private static final String TYPE_PREFIX = "urn:ecmr:problem:";

    private final String slug;
    private final String title;

    ProblemKind(String slug, String title) {
        this.slug = slug;
        this.title = title;
    }

    public String type() {
        return TYPE_PREFIX + slug;
    }

    public String title() {
        return title;
    }
}
