package eu.ecmr.accesspoint.signature;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A certificate's validity period (RFC 5280 s.4.1.2.5), kept per certificate: Bouncy Castle parses the
 * ASN.1 time with a new SimpleDateFormat on every getNotBefore and getNotAfter, and each submission asks
 * for both on every certificate of its chain. The period of a certificate never changes.
 */
record CertificateValidity(Instant notBefore, Instant notAfter) {

    /** As many as {@link CertificateChainHeader} keeps decoded certificates, with the anchors besides. */
    private static final int MAX_KEPT = 8_192;
    private static final Map<X509Certificate, CertificateValidity> KEPT = new ConcurrentHashMap<>();

    static CertificateValidity of(X509Certificate certificate) {
        CertificateValidity kept = KEPT.get(certificate);
        if (kept != null) {
            return kept;
        }
        CertificateValidity validity = new CertificateValidity(certificate.getNotBefore().toInstant(),
                certificate.getNotAfter().toInstant());
        if (KEPT.size() >= MAX_KEPT) {
            KEPT.clear();
        }
        KEPT.put(certificate, validity);
        return validity;
    }

    /** Inclusive at both ends, as X509Certificate.checkValidity. */
    boolean includes(Instant time) {
        return !time.isBefore(notBefore) && !time.isAfter(notAfter);
    }
}
