package eu.ecmr.accesspoint.audit.verifier;

/** A checkpoint as {@code GET /api/v1/audit/checkpoints} publishes it (byte fields base64 in JSON). */
record ExportedCheckpoint(long treeSize, byte[] rootHash, String createdAt, byte[] signedBytes, byte[] signature,
        byte[] timestampReply) {
}
