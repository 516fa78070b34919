package eu.ecmr.accesspoint.signature;

import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import eu.ecmr.accesspoint.common.AccessPointException;
import eu.ecmr.accesspoint.common.ProblemKind;

/**
 * Verifies a JAdES baseline-B signature (ETSI TS 119 182-1) with an attached payload, using only
 * Jackson and Bouncy Castle. The checks run in this order, and the first failure is the refusal:
 * <ol>
 * <li>structure: serialization, base64url, UTF-8 JSON ({@link JwsParser}): MALFORMED_JWS;</li>
 * <li>header policy: forbidden parameters, crit, the alg allow-list, x5c, x5t#S256, sigT
 *     ({@link JadesHeaderPolicy}): FORBIDDEN_HEADER, UNSUPPORTED_ALGORITHM, INVALID_HEADER;</li>
 * <li>the leaf's key fits alg ({@link JwsAlgorithm}): UNSUPPORTED_ALGORITHM;</li>
 * <li>the signature over the signing input as received ({@link SignatureValueCheck}): SIGNATURE_INVALID;</li>
 * <li>sigT not later than now plus the allowed skew: SIGNING_TIME_IN_FUTURE;</li>
 * <li>every certificate valid at sigT, then the chain to a configured anchor at sigT
 *     ({@link CertificateChainValidator}): CERTIFICATE_NOT_VALID_AT_SIGNING_TIME, CERTIFICATE_UNTRUSTED;</li>
 * <li>the leaf's key usage allows signing ({@link SigningKeyUsage}): CERTIFICATE_NOT_FOR_SIGNING.</li>
 * </ol>
 * The cheap, submitter-controlled checks come first, so a forgery costs one signature check at
 * most; the signature comes before the certificate checks, so that their verdicts speak of a
 * signature that was really made with the leaf's key. Thread-safe.
 */
@ApplicationScoped
public class JadesBaselineBVerifier implements SignatureVerifier {

    private final JwsParser parser = new JwsParser();
    private final JadesHeaderPolicy headerPolicy = new JadesHeaderPolicy();
    private final CertificateChainValidator chainValidator;
    private final Clock clock;
    private final Duration maxClockSkew;

    @Inject
    JadesBaselineBVerifier(TrustAnchors signerAnchors, Clock clock, TrustConfig config) {
        this(signerAnchors, clock, config.maxClockSkew());
    }

    public JadesBaselineBVerifier(TrustAnchors signerAnchors, Clock clock, Duration maxClockSkew) {
        this.chainValidator = new CertificateChainValidator(Objects.requireNonNull(signerAnchors));
        this.clock = Objects.requireNonNull(clock);
        this.maxClockSkew = Objects.requireNonNull(maxClockSkew);
    }

    @Override
    public VerifiedSignature verify(byte[] body, JwsSerialization serialization) {
        ParsedJws jws = parser.parse(body, Objects.requireNonNull(serialization));
        JadesHeader header = headerPolicy.apply(jws);
        X509Certificate leaf = header.leaf();
        header.algorithm().requireMatchingKey(leaf.getPublicKey());
        SignatureValueCheck.verify(header.algorithm(), leaf.getPublicKey(), jws.signingInput(), jws.signature());
        requireNotInFuture(header.signingTime());
        List<X509Certificate> chain = chainValidator.validate(header.chain(), header.signingTime());
        SigningKeyUsage.require(leaf);
        return new VerifiedSignature(jws.payload(), header.algorithm().name(), header.signingTime(),
                SignerIdentities.of(leaf), chain);
    }

    private void requireNotInFuture(Instant signingTime) {
        Instant latest = clock.instant().plus(maxClockSkew);
        if (signingTime.isAfter(latest)) {
            throw AccessPointException.of(ProblemKind.SIGNING_TIME_IN_FUTURE, "sigT " + signingTime
                    + " is later than the Access Point's time " + clock.instant() + " plus the allowed skew of " + maxClockSkew);
        }
    }
}
