package eu.ecmr.accesspoint.submission;

import java.time.Instant;
import java.util.UUID;

import eu.ecmr.accesspoint.signature.SignerIdentity;
import eu.ecmr.accesspoint.timestamp.TimestampReply;

/** What the carrier gets back for an accepted note (the contract's receipt, less its links). */
public record Receipt(
        UUID id,
        String ecmrNumber,
        String carrierId,
        Instant receivedAt,
        String payloadDigest,
        SignerIdentity signer,
        TimestampReply timestamp) {
}
