package eu.ecmr.accesspoint.timestamp;

/**
 * The token verifies, but its TSA certificate is not acceptable: not for timestamping only
 * (RFC 3161 s.2.3), or not chained to a configured TSA trust anchor at genTime. A subtype, so that
 * a verifier can tell an untrusted TSA from a broken token; everyone else catches the parent.
 */
public class TsaCertificateException extends InvalidTimestampReplyException {

    public TsaCertificateException(String reason) {
        super(reason);
    }

    public TsaCertificateException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
