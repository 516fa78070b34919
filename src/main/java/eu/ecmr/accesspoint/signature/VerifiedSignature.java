package eu.ecmr.accesspoint.signature;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;

/**
 * A JAdES baseline-B signature that passed every acceptance rule: the decoded payload bytes
 * (the e-CMR document as signed), the algorithm, the claimed signing time and the signer.
 */
public record VerifiedSignature(
        byte[] payload,
        String algorithm,
        Instant signingTime,
        SignerIdentity signer,
        List<X509Certificate> chain) {
}
