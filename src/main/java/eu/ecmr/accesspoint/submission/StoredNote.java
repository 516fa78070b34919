package eu.ecmr.accesspoint.submission;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

import eu.ecmr.accesspoint.signature.JwsSerialization;
import eu.ecmr.accesspoint.signature.SignerIdentity;
import eu.ecmr.accesspoint.timestamp.TimestampReply;

/**
 * An accepted consignment note as the Access Point keeps it: the exact bytes received, their
 * SHA-256 digest, what the signature and timestamp said, and the fields the authorities search by.
 */
public record StoredNote(
        UUID id,
        String carrierId,
        String ecmrNumber,
        Instant receivedAt,
        JwsSerialization serialization,
        byte[] original,
        String payloadDigest,
        String signatureAlgorithm,
        Instant signingTime,
        SignerIdentity signer,
        TimestampReply timestamp,
        String vehicleRegistration,
        LocalDate takingOverDate,
        String vehicleKey) {

    /** A note as accepted: its search key is derived from its registration. */
    public StoredNote(UUID id, String carrierId, String ecmrNumber, Instant receivedAt, JwsSerialization serialization,
            byte[] original, String payloadDigest, String signatureAlgorithm, Instant signingTime, SignerIdentity signer,
            TimestampReply timestamp, String vehicleRegistration, LocalDate takingOverDate) {
        this(id, carrierId, ecmrNumber, receivedAt, serialization, original, payloadDigest, signatureAlgorithm,
                signingTime, signer, timestamp, vehicleRegistration, takingOverDate, vehicleKeyOf(vehicleRegistration));
    }

    /** Registrations compare without case, spaces or dashes: "NL 12-ABC-3" finds "nl12abc3". */
    public static String vehicleKeyOf(String registration) {
        return registration == null ? null : registration.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }

    public Receipt receipt() {
        return new Receipt(id, ecmrNumber, carrierId, receivedAt, payloadDigest, signer, timestamp);
    }

    /** The same bytes as this note's original, compared by digest: an idempotent resubmission. */
    public boolean hasDigest(String digest) {
        return payloadDigest.equals(digest);
    }
}
