package eu.ecmr.accesspoint.timestamp;

import java.time.Instant;

/**
 * An RFC 3161 reply that was validated against its request.
 *
 * @param encoded      the whole {@code TimeStampResp}, DER (RFC 3161 s.2.4.2), as served at /timestamp
 * @param genTime      the token's genTime
 * @param serialNumber the token's serial number, in hexadecimal
 * @param tsa          the TSA certificate's subject (RFC 4514 string)
 */
public record TimestampReply(byte[] encoded, Instant genTime, String serialNumber, String tsa) {
}
