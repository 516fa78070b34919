package eu.ecmr.accesspoint.signature;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The steps of {@link JadesBaselineBVerifier}, one at a time, for a caller that grades each step
 * (ETSI EN 319 102-1 s.5.2) instead of stopping at the first failure. Each step refuses with the
 * same {@code AccessPointException} and detail as the verifier does at submission. Thread-safe.
 */
public final class JadesSignatureSteps {

    private static final String SIGNING_TIME = "the signing time";

    private final JwsParser parser = new JwsParser();
    private final JadesHeaderPolicy headerPolicy = new JadesHeaderPolicy();
    private final CertificateChainValidator chainValidator;
    private final RevocationChecker revocation;

    public JadesSignatureSteps(TrustAnchors signerAnchors, RevocationChecker revocation) {
        this.chainValidator = new CertificateChainValidator(Objects.requireNonNull(signerAnchors));
        this.revocation = Objects.requireNonNull(revocation);
    }

    /**
     * Format checking (ETSI EN 319 102-1 s.5.2.2) and identification of the signing certificate
     * (s.5.2.3): structure, then the header policy. MALFORMED_JWS, INVALID_HEADER, FORBIDDEN_HEADER,
     * UNSUPPORTED_ALGORITHM.
     */
    public JadesSignature read(byte[] body, JwsSerialization serialization) {
        ParsedJws jws = parser.parse(body, Objects.requireNonNull(serialization));
        return new JadesSignature(jws, headerPolicy.apply(jws));
    }

    /**
     * Cryptographic verification (s.5.2.7): the leaf's key fits alg (UNSUPPORTED_ALGORITHM), and the
     * signature verifies over the signing input as received (SIGNATURE_INVALID).
     */
    public void verifyValue(JadesSignature signature) {
        JadesHeader header = signature.header;
        header.algorithm().requireMatchingKey(header.leaf().getPublicKey());
        SignatureValueCheck.verify(header.algorithm(), header.leaf().getPublicKey(),
                signature.jws.signingInput(), signature.jws.signature());
    }

    /** {@link #validateChainAt} at the claimed signing time, sigT. */
    public List<X509Certificate> validateChainAtSigningTime(JadesSignature signature) {
        return validateChain(signature, signature.signingTime(), SIGNING_TIME);
    }

    /**
     * X.509 certificate validation (s.5.2.6) at {@code time}, without revocation: every certificate
     * valid then and the path to a configured anchor (CERTIFICATE_NOT_VALID_AT_SIGNING_TIME,
     * CERTIFICATE_UNTRUSTED), then the leaf's key usage (CERTIFICATE_NOT_FOR_SIGNING).
     *
     * @return the validated chain, leaf first, ending with the trust anchor
     */
    public List<X509Certificate> validateChainAt(JadesSignature signature, Instant time) {
        return validateChain(signature, time, "the time of checking");
    }

    /**
     * The leaf's revocation status at {@code time}, from the CRLs of its issuer in {@code chain}.
     *
     * @param chain a chain returned by one of the validateChain steps
     */
    public RevocationStatus revocationStatus(List<X509Certificate> chain, Instant time) {
        return revocation.check(chain.get(0), chain.get(1), time);
    }

    private List<X509Certificate> validateChain(JadesSignature signature, Instant time, String timeName) {
        List<X509Certificate> chain = chainValidator.validate(signature.header.chain(), time, timeName);
        SigningKeyUsage.require(signature.leaf());
        return chain;
    }
}
