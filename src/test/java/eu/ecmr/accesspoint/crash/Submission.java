package eu.ecmr.accesspoint.crash;

import java.util.UUID;

/**
 * One signed note sent once, and what the client learnt: acknowledged (201 with a receipt) or an
 * unknown outcome (the connection broke, or a 503 that may come after the commit). Unknown
 * outcomes must be found whole or not at all.
 */
final class Submission {

    enum Outcome { ACKNOWLEDGED, UNKNOWN }

    final int cycle;
    final String user;
    final String carrierId;
    final String ecmrNumber;
    final byte[] body;
    volatile Outcome outcome = Outcome.UNKNOWN;
    volatile UUID id;

    Submission(int cycle, String user, String carrierId, String ecmrNumber, byte[] body) {
        this.cycle = cycle;
        this.user = user;
        this.carrierId = carrierId;
        this.ecmrNumber = ecmrNumber;
        this.body = body;
    }

    void acknowledged(UUID receiptId) {
        id = receiptId;
        outcome = Outcome.ACKNOWLEDGED;
    }

    boolean isAcknowledged() {
        return outcome == Outcome.ACKNOWLEDGED;
    }

    @Override
    public String toString() {
        return ecmrNumber + " (" + carrierId + ", " + outcome + (id == null ? "" : ", " + id) + ", cycle " + cycle + ")";
    }
}
