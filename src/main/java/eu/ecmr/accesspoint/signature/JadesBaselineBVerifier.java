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
 * <li>the leaf's key usage allows signing ({@link SigningKeyUsage}): CERTIFICATE_NOT_FOR_SIGNING;</li>
 * <li>the leaf not revoked at or before sigT ({@link RevocationChecker}): CERTIFICATE_REVOKED.</li>
 * </ol>
 * The cheap, submitter-controlled checks come first, so a forgery costs one signature check at
 * most; the signature comes before the certificate checks, so that their verdicts speak of a
 * signature that was really made with the leaf's key; revocation comes last, as the only step that
 * may go out to the network. The steps themselves are {@link JadesSignatureSteps}. Thread-safe.
 */
@ApplicationScoped
public class JadesBaselineBVerifier implements SignatureVerifier {

    private final JadesSignatureSteps steps;
    private final Clock clock;
    private final Duration maxClockSkew;

    @Inject
    JadesBaselineBVerifier(TrustAnchors signerAnchors, RevocationChecker revocation, Clock clock, TrustConfig config) {
        this(signerAnchors, revocation, clock, config.maxClockSkew());
    }

    public JadesBaselineBVerifier(TrustAnchors signerAnchors, RevocationChecker revocation, Clock clock, Duration maxClockSkew) {
        this.steps = new JadesSignatureSteps(signerAnchors, revocation);
        this.clock = Objects.requireNonNull(clock);
        this.maxClockSkew = Objects.requireNonNull(maxClockSkew);
    }

    /** Without any CRL: every revocation status is unknown, which refuses nothing (see {@link #requireNotRevoked}). */
    public JadesBaselineBVerifier(TrustAnchors signerAnchors, Clock clock, Duration maxClockSkew) {
        this(signerAnchors, RevocationChecker.fromCrlFiles(List.of(), clock), clock, maxClockSkew);
    }

    @Override
    public VerifiedSignature verify(byte[] body, JwsSerialization serialization) {
        JadesSignature signature = steps.read(body, serialization);
        steps.verifyValue(signature);
        requireNotInFuture(signature.signingTime());
        List<X509Certificate> chain = steps.validateChainAtSigningTime(signature);
        requireNotRevoked(signature, chain);
        return new VerifiedSignature(signature.payload(), signature.algorithm(), signature.signingTime(),
                signature.signer(), chain);
    }

    private void requireNotInFuture(Instant signingTime) {
        Instant latest = clock.instant().plus(maxClockSkew);
        if (signingTime.isAfter(latest)) {
            throw AccessPointException.of(ProblemKind.SIGNING_TIME_IN_FUTURE, "sigT " + signingTime
                    + " is later than the Access Point's time " + clock.instant() + " plus the allowed skew of " + maxClockSkew);
        }
    }

    /**
     * Refuses a leaf revoked at or before sigT. An UNKNOWN status is accepted on purpose: a pilot
     * cannot refuse every note whenever no CRL is configured, current or reachable, and refusing on
     * "unknown" would let an unreachable CRL server stop all submissions. The note's verification
     * reports its chain check as INDETERMINATE until a CRL decides, so nothing is hidden.
     */
    private void requireNotRevoked(JadesSignature signature, List<X509Certificate> chain) {
        if (steps.revocationStatus(chain, signature.signingTime()) instanceof RevocationStatus.Revoked revoked) {
            throw AccessPointException.of(ProblemKind.CERTIFICATE_REVOKED, "the certificate " + signature.describeLeaf()
                    + " was revoked at " + revoked.revokedAt() + " (reason: " + revoked.reason()
                    + "), at or before the signing time " + signature.signingTime());
        }
    }
}
