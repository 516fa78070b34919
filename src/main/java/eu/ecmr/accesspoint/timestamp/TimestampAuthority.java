package eu.ecmr.accesspoint.timestamp;

/**
 * Obtains an RFC 3161 timestamp over a SHA-256 digest. Implementations validate the reply against
 * their request (status, nonce, message imprint, policy, TSA certificate) before returning it, and
 * report an unreachable or misbehaving TSA as {@code AccessPointException(TIMESTAMP_UNAVAILABLE)}.
 */
public interface TimestampAuthority {

    TimestampReply timestamp(byte[] sha256Digest);
}
