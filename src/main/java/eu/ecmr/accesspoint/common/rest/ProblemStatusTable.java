package eu.ecmr.accesspoint.common.rest;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import eu.ecmr.accesspoint.common.ProblemKind;

/** The one table from kind of problem to HTTP status, for the whole API. */
final class ProblemStatusTable {

    private static final Map<ProblemKind, Integer> STATUS = new EnumMap<>(ProblemKind.class);

    static {
        STATUS.put(ProblemKind.MALFORMED_JWS, 400);
        STATUS.put(ProblemKind.UNSUPPORTED_ALGORITHM, 400);
        STATUS.put(ProblemKind.FORBIDDEN_HEADER, 400);
        STATUS.put(ProblemKind.INVALID_HEADER, 400);
        STATUS.put(ProblemKind.MALFORMED_PAYLOAD, 400);
        STATUS.put(ProblemKind.INVALID_PARAMETER, 400);
        STATUS.put(ProblemKind.UNAUTHENTICATED, 401);
        STATUS.put(ProblemKind.FORBIDDEN, 403);
        // The caller is authenticated but submits in another carrier's name: not entitled, like any 403.
        STATUS.put(ProblemKind.SIGNER_MISMATCH, 403);
        // 404, never 403, for another carrier's note, so that its existence does not leak (contract).
        STATUS.put(ProblemKind.NOTE_NOT_FOUND, 404);
        STATUS.put(ProblemKind.METHOD_NOT_ALLOWED, 405);
        STATUS.put(ProblemKind.NOT_ACCEPTABLE, 406);
        STATUS.put(ProblemKind.DUPLICATE_NOTE, 409);
        STATUS.put(ProblemKind.PAYLOAD_TOO_LARGE, 413);
        STATUS.put(ProblemKind.UNSUPPORTED_MEDIA_TYPE, 415);
        // Well-formed, but the signature or the content cannot be accepted (RFC 9110 s.15.5.21).
        STATUS.put(ProblemKind.SIGNATURE_INVALID, 422);
        STATUS.put(ProblemKind.CERTIFICATE_UNTRUSTED, 422);
        STATUS.put(ProblemKind.CERTIFICATE_NOT_VALID_AT_SIGNING_TIME, 422);
        STATUS.put(ProblemKind.CERTIFICATE_NOT_FOR_SIGNING, 422);
        // Revoked at or before sigT: the request is well-formed, the signature itself cannot be accepted.
        STATUS.put(ProblemKind.CERTIFICATE_REVOKED, 422);
        STATUS.put(ProblemKind.SIGNING_TIME_IN_FUTURE, 422);
        STATUS.put(ProblemKind.CONTENT_INVALID, 422);
        // The note is accepted and kept; only its PDF rendering is refused, for its size (the original is served).
        STATUS.put(ProblemKind.PDF_TOO_LARGE, 422);
        // One client over its rate (RFC 6585 s.4); the Access Point itself is not overloaded.
        STATUS.put(ProblemKind.RATE_LIMITED, 429);
        STATUS.put(ProblemKind.INTERNAL_ERROR, 500);
        // A note is never accepted without its timestamp; the carrier may retry later.
        STATUS.put(ProblemKind.TIMESTAMP_UNAVAILABLE, 503);
        // Also a database out of reach (ProblemMapper, DatabaseOutage): it passes, and a submission answered so
        // may still have been committed, so the client retries (the same bytes are answered 200).
        STATUS.put(ProblemKind.SERVICE_UNAVAILABLE, 503);
        // Not 401: the token may be good, only its keys cannot be fetched now; the client should retry.
        STATUS.put(ProblemKind.IDENTITY_PROVIDER_UNAVAILABLE, 503);
        for (ProblemKind kind : ProblemKind.values()) {
            if (!STATUS.containsKey(kind)) {
                throw new ExceptionInInitializerError("no HTTP status for " + kind);
            }
        }
    }

    private ProblemStatusTable() {
    }

    static int statusOf(ProblemKind kind) {
        return STATUS.get(kind);
    }

    /**
     * The seconds a client should wait before trying again (RFC 9110 s.10.2.3), for the kinds that
     * are passing: a busy Access Point clears within a second or so; a client over its rate gets a
     * token within a second at the default rate (the limiter says exactly when); a timestamp
     * authority that is down takes longer (the client's circuit breaker waits before it tries it
     * again), and so does an identity provider being restarted.
     */
    static Optional<Integer> retryAfterSeconds(ProblemKind kind) {
        return switch (kind) {
            case SERVICE_UNAVAILABLE, RATE_LIMITED -> Optional.of(1);
            case TIMESTAMP_UNAVAILABLE, IDENTITY_PROVIDER_UNAVAILABLE -> Optional.of(10);
            default -> Optional.empty();
        };
    }
}
