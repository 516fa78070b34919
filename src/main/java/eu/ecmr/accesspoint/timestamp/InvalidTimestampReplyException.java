package eu.ecmr.accesspoint.timestamp;

/**
 * A TSA reply that must not be accepted. Checked, so that each caller decides what it means: an
 * external TSA misbehaved (TIMESTAMP_UNAVAILABLE) or the built-in one has a bug. The message names
 * the reason for the logs; it is never shown to API clients.
 */
public class InvalidTimestampReplyException extends Exception {

    public InvalidTimestampReplyException(String reason) {
        super(reason);
    }

    public InvalidTimestampReplyException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
