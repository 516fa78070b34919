package eu.ecmr.accesspoint.timestamp;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.InvalidAlgorithmParameterException;
import java.security.cert.CertPathBuilder;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertStore;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.CollectionCertStoreParameters;
import java.security.cert.PKIXBuilderParameters;
import java.security.cert.PKIXCertPathBuilderResult;
import java.security.cert.TrustAnchor;
import java.security.cert.X509CertSelector;
import java.security.cert.X509Certificate;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Checks that a TSA certificate chains to a configured trust anchor at the token's genTime (RFC 5280 s.6).
 *
 * <p>With revocation off, only certificate validity depends on the date; the signatures along a path do
 * not. So a path found once is kept, per TSA certificate, and later only its validity at genTime is
 * checked: it spares a P-384 verification per timestamp (~2.5 ms with BC). When the kept path fails,
 * a full PKIX build decides, so the cache can only save work, never change an answer.
 */
final class TsaCertificatePath {

    /** A handful of TSA certificates is normal; past this many, start over rather than grow. */
    private static final int MAX_KEPT_PATHS = 16;

    private final Set<TrustAnchor> anchors;
    private final Map<ByteBuffer, List<X509Certificate>> keptPaths = new ConcurrentHashMap<>();

    TsaCertificatePath(List<X509Certificate> trustAnchors) {
        this.anchors = trustAnchors.stream().map(c -> new TrustAnchor(c, null)).collect(Collectors.toUnmodifiableSet());
    }

    /**
     * @param untrusted the certificates the token carries, the TSA's among them
     */
    void check(X509Certificate tsaCertificate, Collection<X509Certificate> untrusted, Date genTime)
            throws InvalidTimestampReplyException {
        ByteBuffer key = encodingOf(tsaCertificate);
        List<X509Certificate> kept = keptPaths.get(key);
        if (kept != null && allValidAt(kept, genTime)) {
            return;
        }
        List<X509Certificate> path = build(tsaCertificate, untrusted, genTime);
        if (keptPaths.size() >= MAX_KEPT_PATHS) {
            keptPaths.clear();
        }
        keptPaths.put(key, path);
    }

    private List<X509Certificate> build(X509Certificate tsaCertificate, Collection<X509Certificate> untrusted, Date genTime)
            throws InvalidTimestampReplyException {
        X509CertSelector target = new X509CertSelector();
        target.setCertificate(tsaCertificate);
        try {
            PKIXBuilderParameters parameters = new PKIXBuilderParameters(anchors, target);
            // Revocation is not checked yet: the demo PKI publishes neither CRLs nor OCSP.
            parameters.setRevocationEnabled(false);
            // Validity at genTime, not now: a stored token stays verifiable after the TSA certificate expires.
            parameters.setDate(genTime);
            parameters.addCertStore(CertStore.getInstance("Collection",
                    new CollectionCertStoreParameters(untrusted), BcProvider.INSTANCE));
            PKIXCertPathBuilderResult result = (PKIXCertPathBuilderResult)
                    CertPathBuilder.getInstance("PKIX", BcProvider.INSTANCE).build(parameters);
            return result.getCertPath().getCertificates().stream().map(X509Certificate.class::cast).toList();
        } catch (CertPathBuilderException e) {
            throw new TsaCertificateException("The TSA certificate does not chain to a trust anchor at genTime", e);
        } catch (InvalidAlgorithmParameterException e) {
            throw new IllegalStateException("No usable TSA trust anchor", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PKIX is not available from Bouncy Castle", e);
        }
    }

    private static boolean allValidAt(List<X509Certificate> path, Date date) {
        for (X509Certificate certificate : path) {
            try {
                certificate.checkValidity(date);
            } catch (CertificateException e) {
                return false;
            }
        }
        return true;
    }

    private static ByteBuffer encodingOf(X509Certificate certificate) throws InvalidTimestampReplyException {
        try {
            return ByteBuffer.wrap(certificate.getEncoded());
        } catch (CertificateEncodingException e) {
            throw new InvalidTimestampReplyException("The TSA certificate cannot be encoded", e);
        }
    }
}
