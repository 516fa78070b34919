package eu.ecmr.accesspoint.inspection;

import static eu.ecmr.accesspoint.inspection.SubIndication.FORMAT_FAILURE;
import static eu.ecmr.accesspoint.inspection.SubIndication.HASH_FAILURE;
import static eu.ecmr.accesspoint.inspection.SubIndication.NO_CERTIFICATE_CHAIN_FOUND;
import static eu.ecmr.accesspoint.inspection.SubIndication.SIG_CRYPTO_FAILURE;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;

import eu.ecmr.accesspoint.timestamp.InvalidTimestampReplyException;
import eu.ecmr.accesspoint.timestamp.TimestampReply;
import eu.ecmr.accesspoint.timestamp.TimestampReplyValidator;
import eu.ecmr.accesspoint.timestamp.TsaCertificateException;

/**
 * {@code timestamp}: the stored RFC 3161 reply is a granted one, its token's signature verifies
 * with the TSA certificate it carries, that certificate is for timestamping only and chains to a
 * configured TSA anchor at genTime, and the token is over SHA-256 of the stored original.
 */
final class TimestampCheck {

    static final String NAME = "timestamp";

    /** @param reply the reply as validated, for the stored-fields check; empty when it did not validate */
    record Outcome(Check check, Optional<TimestampReply> reply) {
    }

    private TimestampCheck() {
    }

    static Outcome of(byte[] storedReply, byte[] originalDigest, TimestampReplyValidator validator) {
        byte[] imprint;
        TimestampReply reply;
        try {
            imprint = TimestampReplyValidator.messageImprint(storedReply == null ? new byte[0] : storedReply);
        } catch (InvalidTimestampReplyException e) {
            return failed(FORMAT_FAILURE, "the stored timestamp reply cannot be read as a granted RFC 3161 reply: " + e.getMessage());
        }
        try {
            reply = validator.validateStored(storedReply);
        } catch (TsaCertificateException e) {
            // Every note is timestamped by a TSA the Access Point trusts; a reply from any other was
            // not put there by it, unless a TSA anchor was removed that old notes still need.
            return failed(NO_CERTIFICATE_CHAIN_FOUND, e.getMessage() + "; the Access Point only stores timestamps of"
                    + " TSAs it trusts (ecmr.timestamp.trust-anchors must keep every anchor stored notes were stamped under)");
        } catch (InvalidTimestampReplyException e) {
            return failed(SIG_CRYPTO_FAILURE, e.getMessage());
        }
        if (!Arrays.equals(imprint, originalDigest)) {
            return new Outcome(Check.failed(NAME, HASH_FAILURE, "the timestamp is over SHA-256 " + hex(imprint)
                    + ", but the stored original's SHA-256 is " + hex(originalDigest) + ": it belongs to other bytes"),
                    Optional.of(reply));
        }
        return new Outcome(Check.passed(NAME, "token " + reply.serialNumber() + " of the TSA '" + reply.tsa() + "' says the"
                + " stored original (SHA-256 " + hex(originalDigest) + ") existed at " + reply.genTime() + "; its signature"
                + " verifies, and the TSA certificate is for timestamping and chains to a configured TSA anchor"),
                Optional.of(reply));
    }

    private static Outcome failed(String subIndication, String reason) {
        return new Outcome(Check.failed(NAME, subIndication, reason), Optional.empty());
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }
}
