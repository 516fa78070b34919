package eu.ecmr.accesspoint.signature;

/**
 * Verifies a carrier's JAdES baseline-B signature (ETSI TS 119 182-1) over the exact bytes received.
 * Refusals are thrown as {@code AccessPointException} with the matching {@code ProblemKind}.
 */
public interface SignatureVerifier {

    VerifiedSignature verify(byte[] body, JwsSerialization serialization);
}
