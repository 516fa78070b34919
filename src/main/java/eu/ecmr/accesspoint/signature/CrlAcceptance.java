package eu.ecmr.accesspoint.signature;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.cert.CRLException;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.bouncycastle.asn1.x509.DistributionPointName;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuingDistributionPoint;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;

/**
 * Whether one CRL may decide the status of one certificate (RFC 5280 s.6.3.3): issued and signed
 * by the certificate's own issuer, with no critical extension left unprocessed, covering the
 * certificate, and current at the time of checking. This Access Point reads complete, direct CRLs
 * only; indirect, partitioned and delta CRLs are not used.
 */
final class CrlAcceptance {

    private static final int CRL_SIGN = 6; // keyUsage bit, RFC 5280 s.4.2.1.3
    private static final String IDP = Extension.issuingDistributionPoint.getId();

    /** A few CAs' current CRLs are in use at a time; past this many, start over rather than grow. */
    private static final int MAX_VERIFIED = 256;
    /**
     * Pairs of a CRL and a key its signature verified with, by their encodings: the same CRL decides
     * for every note its CA's certificates sign, and its signature (P-384 with the sample CAs) need
     * not be verified again for each. Only successes are kept.
     */
    private static final Set<List<ByteBuffer>> VERIFIED = ConcurrentHashMap.newKeySet();

    private CrlAcceptance() {
    }

    private static boolean signedBy(X509CRL crl, X509Certificate issuer) {
        List<ByteBuffer> pair;
        try {
            pair = List.of(ByteBuffer.wrap(crl.getEncoded()), ByteBuffer.wrap(issuer.getPublicKey().getEncoded()));
        } catch (CRLException e) {
            return false;
        }
        if (VERIFIED.contains(pair)) {
            return true;
        }
        try {
            crl.verify(issuer.getPublicKey(), BouncyCastle.PROVIDER);
        } catch (GeneralSecurityException | RuntimeException e) {
            return false;
        }
        if (VERIFIED.size() >= MAX_VERIFIED) {
            VERIFIED.clear();
        }
        VERIFIED.add(pair);
        return true;
    }

    /** Why {@code crl} may not decide for {@code certificate}, or empty when it may. */
    static Optional<String> problem(X509CRL crl, X509Certificate certificate, X509Certificate issuer, Instant now) {
        String issuerName = X509Certificates.describe(issuer);
        if (!crl.getIssuerX500Principal().equals(issuer.getSubjectX500Principal())) {
            return Optional.of("it is issued by '" + SignerIdentities.rfc4514(crl.getIssuerX500Principal())
                    + "', not by the certificate's issuer " + issuerName);
        }
        boolean[] usage = issuer.getKeyUsage();
        if (usage != null && (usage.length <= CRL_SIGN || !usage[CRL_SIGN])) {
            return Optional.of("the key usage of " + issuerName + " does not allow signing CRLs (cRLSign)");
        }
        if (!signedBy(crl, issuer)) {
            return Optional.of("its signature does not verify with the key of " + issuerName);
        }
        Set<String> critical = new HashSet<>();
        if (crl.getCriticalExtensionOIDs() != null) {
            critical.addAll(crl.getCriticalExtensionOIDs());
        }
        critical.remove(IDP);
        if (!critical.isEmpty()) {
            // RFC 5280 s.5.2; a delta CRL (2.5.29.27, always critical) is refused here as well.
            return Optional.of("it has critical extensions this Access Point does not process: " + critical);
        }
        Optional<String> scope = scopeProblem(crl, certificate);
        if (scope.isPresent()) {
            return scope;
        }
        return currencyProblem(crl, now);
    }

    /** RFC 5280 s.6.3.3 (b)(2): an issuingDistributionPoint may narrow what the CRL covers. */
    private static Optional<String> scopeProblem(X509CRL crl, X509Certificate certificate) {
        byte[] extension = crl.getExtensionValue(IDP);
        if (extension == null) {
            return Optional.empty();
        }
        IssuingDistributionPoint idp;
        try {
            idp = IssuingDistributionPoint.getInstance(JcaX509ExtensionUtils.parseExtensionValue(extension));
        } catch (IOException | RuntimeException e) {
            return Optional.of("its issuingDistributionPoint extension cannot be read");
        }
        if (idp.onlyContainsCACerts() || idp.onlyContainsAttributeCerts() || idp.getOnlySomeReasons() != null
                || idp.isIndirectCRL()) {
            return Optional.of("its issuingDistributionPoint limits it to part of the certificates or reasons,"
                    + " or makes it indirect; only complete, direct CRLs are used");
        }
        DistributionPointName point = idp.getDistributionPoint();
        if (point != null && point.getType() == DistributionPointName.FULL_NAME) {
            List<GeneralName> names = List.of(GeneralNames.getInstance(point.getName()).getNames());
            if (CrlDistributionPoints.names(certificate).stream().noneMatch(names::contains)) {
                return Optional.of("it is the CRL of a distribution point the certificate does not name");
            }
        }
        return Optional.empty();
    }

    private static Optional<String> currencyProblem(X509CRL crl, Instant now) {
        Instant thisUpdate = crl.getThisUpdate().toInstant();
        if (thisUpdate.isAfter(now)) {
            return Optional.of("it was issued at " + thisUpdate + ", after the time of checking " + now);
        }
        if (crl.getNextUpdate() == null) {
            return Optional.of("it has no nextUpdate, so nothing says until when it is current (RFC 5280 s.5.1.2.5)");
        }
        Instant nextUpdate = crl.getNextUpdate().toInstant();
        if (nextUpdate.isBefore(now)) {
            return Optional.of("it was superseded at its nextUpdate " + nextUpdate + " and no newer one is at hand");
        }
        return Optional.empty();
    }
}
