package eu.ecmr.accesspoint.audit;

import java.time.Instant;

/**
 * A signed statement of the log's tree size and root hash: {@code signedBytes} (see
 * {@link CheckpointText}) signed with the Access Point's seal (SHA256withECDSA, DER) and
 * timestamped (an RFC 3161 reply over SHA-256 of {@code signedBytes}).
 */
public record Checkpoint(long treeSize, byte[] rootHash, Instant createdAt, byte[] signedBytes, byte[] signature,
        byte[] timestampReply) {
}
