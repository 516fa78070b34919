package eu.ecmr.accesspoint.submission.rest;

import java.time.Instant;
import java.util.UUID;

/** The receipt as the contract shapes it. */
public record ReceiptView(
        UUID id,
        Uil uil,
        String ecmrNumber,
        String carrierId,
        Instant receivedAt,
        Digest payloadDigest,
        Signer signer,
        Timestamp timestamp,
        Links links) {

    /** The e-FTI unique identifier link (gate, platform, dataset). */
    public record Uil(String gateId, String platformId, String datasetId) {
    }

    public record Digest(String algorithm, String value) {
    }

    public record Signer(String subject, String issuer, String serialNumber, String organizationIdentifier) {
    }

    public record Timestamp(Instant genTime, String serialNumber, String tsa) {
    }

    public record Links(String self, String original, String pdf, String timestamp, String verification) {
    }
}
