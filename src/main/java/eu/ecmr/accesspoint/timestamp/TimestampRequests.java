package eu.ecmr.accesspoint.timestamp;

import java.math.BigInteger;
import java.security.SecureRandom;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;

/** Builds the TimeStampReq (RFC 3161 s.2.4.1) that both TSA strategies send and validate against. */
final class TimestampRequests {

    private static final int SHA256_LENGTH = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private TimestampRequests() {
    }

    /**
     * A request over a SHA-256 digest with a fresh 64-bit nonce (s.2.4.1: it binds the reply to this
     * request, so that an old reply cannot be replayed) and certReq true (the reply carries the TSA
     * certificate, so the stored reply verifies on its own).
     *
     * @param policy the requested TSA policy, or {@code null} to let the TSA choose
     */
    static TimeStampRequest sha256(byte[] digest, ASN1ObjectIdentifier policy) {
        if (digest == null || digest.length != SHA256_LENGTH) {
            throw new IllegalArgumentException("A SHA-256 digest has 32 bytes");
        }
        TimeStampRequestGenerator generator = new TimeStampRequestGenerator();
        generator.setCertReq(true);
        if (policy != null) {
            generator.setReqPolicy(policy);
        }
        return generator.generate(TSPAlgorithms.SHA256, digest, new BigInteger(64, RANDOM));
    }
}
