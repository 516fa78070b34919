package eu.ecmr.accesspoint.inspection;

import static eu.ecmr.accesspoint.inspection.SubIndication.CERTIFICATE_CHAIN_GENERAL_FAILURE;
import static eu.ecmr.accesspoint.inspection.SubIndication.CHAIN_CONSTRAINTS_FAILURE;
import static eu.ecmr.accesspoint.inspection.SubIndication.NOT_YET_VALID;
import static eu.ecmr.accesspoint.inspection.SubIndication.NO_CERTIFICATE_CHAIN_FOUND;
import static eu.ecmr.accesspoint.inspection.SubIndication.NO_SIGNING_CERTIFICATE_FOUND;
import static eu.ecmr.accesspoint.inspection.SubIndication.OUT_OF_BOUNDS_NOT_REVOKED;
import static eu.ecmr.accesspoint.inspection.SubIndication.OUT_OF_BOUNDS_NO_POE;
import static eu.ecmr.accesspoint.inspection.SubIndication.REVOKED;
import static eu.ecmr.accesspoint.inspection.SubIndication.REVOKED_NO_POE;
import static eu.ecmr.accesspoint.inspection.SubIndication.TRY_LATER;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.security.auth.x500.X500Principal;

import eu.ecmr.accesspoint.common.AccessPointException;
import eu.ecmr.accesspoint.signature.JadesSignature;
import eu.ecmr.accesspoint.signature.JadesSignatureSteps;
import eu.ecmr.accesspoint.signature.RevocationStatus;

/**
 * {@code certificate-chain-at-signing-time} and {@code certificate-chain-now}: the x5c chain to a
 * configured anchor and the leaf's revocation status (ETSI EN 319 102-1 s.5.2.6), at the signing
 * time the original claims (its sigT header, not the stored column) and at the time of checking.
 * Only a revocation at or before sigT fails a note now: an expiry or a revocation after signing
 * does not undo a signature that was valid when made.
 */
final class CertificateChainChecks {

    static final String AT_SIGNING_TIME = "certificate-chain-at-signing-time";
    static final String NOW = "certificate-chain-now";
    private static final Map<String, String> KEYWORDS = Map.of("2.5.4.97", "organizationIdentifier");

    private final JadesSignatureSteps steps;

    CertificateChainChecks(JadesSignatureSteps steps) {
        this.steps = steps;
    }

    Check atSigningTime(OriginalReading reading) {
        if (reading.signature().isEmpty()) {
            return cannotRun(AT_SIGNING_TIME);
        }
        JadesSignature signature = reading.signature().get();
        Instant sigT = signature.signingTime();
        List<X509Certificate> chain;
        try {
            chain = steps.validateChainAtSigningTime(signature);
        } catch (AccessPointException e) {
            return failureAtSigningTime(e, signature);
        }
        String valid = validChain(signature, chain) + " at the signing time " + sigT;
        RevocationStatus status = steps.revocationStatus(chain, sigT);
        if (status instanceof RevocationStatus.Revoked revoked) {
            return Check.failed(AT_SIGNING_TIME, REVOKED, revokedText(signature, revoked) + ", at or before the signing time " + sigT);
        }
        if (status instanceof RevocationStatus.Unknown unknown) {
            return Check.indeterminate(AT_SIGNING_TIME, TRY_LATER,
                    valid + ", but whether the certificate was revoked then cannot be established: " + unknown.why());
        }
        return Check.passed(AT_SIGNING_TIME, valid + "; " + ((RevocationStatus.Good) status).evidence());
    }

    /** @param genTime the time of the note's timestamp, when that check could read it */
    Check now(OriginalReading reading, Instant now, Optional<Instant> genTime) {
        if (reading.signature().isEmpty()) {
            return cannotRun(NOW);
        }
        JadesSignature signature = reading.signature().get();
        Instant sigT = signature.signingTime();
        Optional<X509Certificate> expired = signature.x5c().stream()
                .filter(certificate -> certificate.getNotAfter().toInstant().isBefore(now)).findFirst();
        List<X509Certificate> chain;
        try {
            // An expired certificate fails path validation by definition (RFC 5280 s.6.1.3 (a)(2));
            // then the chain is taken as it was when the note was signed.
            chain = expired.isPresent() ? steps.validateChainAtSigningTime(signature) : steps.validateChainAt(signature, now);
        } catch (AccessPointException e) {
            return failureNow(e, expired);
        }
        RevocationStatus status = steps.revocationStatus(chain, now);
        if (status instanceof RevocationStatus.Revoked revoked) {
            if (!revoked.revokedAt().isAfter(sigT)) {
                return Check.failed(NOW, REVOKED, revokedText(signature, revoked) + ", at or before the signing time " + sigT);
            }
            return Check.indeterminate(NOW, REVOKED_NO_POE, revokedText(signature, revoked) + ", after the signing time "
                    + sigT + ": the note was signed while the certificate was valid, but a revocation may mean the key"
                    + " was in other hands before it was reported; ask the carrier and its CA");
        }
        if (expired.isPresent()) {
            return expiredSinceSigning(expired.get(), sigT, genTime, status);
        }
        if (status instanceof RevocationStatus.Unknown unknown) {
            return Check.indeterminate(NOW, TRY_LATER, validChain(signature, chain) + " now (" + now
                    + "), but whether the certificate is revoked cannot be established: " + unknown.why());
        }
        return Check.passed(NOW, "valid now: " + validChain(signature, chain) + " at " + now + "; "
                + ((RevocationStatus.Good) status).evidence());
    }

    /** The timestamp proves the note existed before the expiry, so the expiry is no failure of the note. */
    private static Check expiredSinceSigning(X509Certificate expired, Instant sigT, Optional<Instant> genTime,
            RevocationStatus status) {
        Instant notAfter = expired.getNotAfter().toInstant();
        String since = "the certificate " + describe(expired) + " has expired since " + notAfter
                + "; it was valid when the note was signed (" + sigT + ")"
                + genTime.filter(time -> !time.isAfter(notAfter)).map(time -> " and timestamped (" + time + ")").orElse("")
                + ", which is what counts for the note";
        if (status instanceof RevocationStatus.Unknown unknown) {
            return Check.indeterminate(NOW, TRY_LATER, since + "; whether it was revoked cannot be established: " + unknown.why());
        }
        return Check.indeterminate(NOW, OUT_OF_BOUNDS_NOT_REVOKED,
                since + "; it is not revoked: " + ((RevocationStatus.Good) status).evidence());
    }

    private static Check failureAtSigningTime(AccessPointException e, JadesSignature signature) {
        Instant sigT = signature.signingTime();
        return switch (e.kind()) {
            // The signer's own sigT lies outside a certificate's validity: refused at submission
            // (contract), so no valid note has one, and no timestamp can vouch for a time it was valid.
            case CERTIFICATE_NOT_VALID_AT_SIGNING_TIME -> signature.x5c().stream()
                    .anyMatch(certificate -> certificate.getNotAfter().toInstant().isBefore(sigT))
                    ? Check.failed(AT_SIGNING_TIME, OUT_OF_BOUNDS_NO_POE, e.getMessage())
                    : Check.failed(AT_SIGNING_TIME, NOT_YET_VALID, e.getMessage());
            case CERTIFICATE_UNTRUSTED -> Check.indeterminate(AT_SIGNING_TIME, NO_CERTIFICATE_CHAIN_FOUND, e.getMessage());
            case CERTIFICATE_NOT_FOR_SIGNING -> Check.indeterminate(AT_SIGNING_TIME, CHAIN_CONSTRAINTS_FAILURE, e.getMessage());
            default -> Check.indeterminate(AT_SIGNING_TIME, CERTIFICATE_CHAIN_GENERAL_FAILURE, e.getMessage());
        };
    }

    private static Check failureNow(AccessPointException e, Optional<X509Certificate> expired) {
        String prefix = expired.map(certificate -> "the certificate " + describe(certificate) + " has expired since "
                + certificate.getNotAfter().toInstant() + ", and the chain was not valid at the signing time either: ").orElse("");
        return switch (e.kind()) {
            case CERTIFICATE_NOT_VALID_AT_SIGNING_TIME -> Check.indeterminate(NOW, OUT_OF_BOUNDS_NO_POE, prefix + e.getMessage());
            // The anchors may have changed since the note was accepted; the note itself did not.
            case CERTIFICATE_UNTRUSTED -> Check.indeterminate(NOW, NO_CERTIFICATE_CHAIN_FOUND, prefix + e.getMessage());
            case CERTIFICATE_NOT_FOR_SIGNING -> Check.indeterminate(NOW, CHAIN_CONSTRAINTS_FAILURE, prefix + e.getMessage());
            default -> Check.indeterminate(NOW, CERTIFICATE_CHAIN_GENERAL_FAILURE, prefix + e.getMessage());
        };
    }

    private static Check cannotRun(String name) {
        return Check.indeterminate(name, NO_SIGNING_CERTIFICATE_FOUND,
                "cannot run: the signer's certificate cannot be read from the stored original (see the signature check)");
    }

    private static String validChain(JadesSignature signature, List<X509Certificate> chain) {
        return "the chain from " + signature.describeLeaf() + " to the trust anchor " + describe(chain.get(chain.size() - 1))
                + " is valid";
    }

    private static String revokedText(JadesSignature signature, RevocationStatus.Revoked revoked) {
        return "the certificate " + signature.describeLeaf() + " was revoked at " + revoked.revokedAt()
                + " (reason: " + revoked.reason() + ")";
    }

    /** RFC 4514, with organizationIdentifier by name rather than as "2.5.4.97=#0c14...". */
    private static String describe(X509Certificate certificate) {
        return "'" + certificate.getSubjectX500Principal().getName(X500Principal.RFC2253, KEYWORDS) + "'";
    }
}
