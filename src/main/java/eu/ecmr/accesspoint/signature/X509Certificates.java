package eu.ecmr.accesspoint.signature;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CRL;
import java.security.cert.CRLException;
import java.security.cert.CertPath;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Decoding and small facts about X.509 certificates and CRLs, through the one BC provider. */
final class X509Certificates {

    // A CertificateFactory is not thread-safe (BC's keeps per-stream state); one per thread is
    // safe and still spares the provider look-up on every call.
    private static final ThreadLocal<CertificateFactory> FACTORY = ThreadLocal.withInitial(() -> {
        try {
            return CertificateFactory.getInstance("X.509", BouncyCastle.PROVIDER);
        } catch (CertificateException e) {
            throw new IllegalStateException("Bouncy Castle offers no X.509 certificate factory", e);
        }
    });

    private X509Certificates() {
    }

    /** One DER certificate and nothing else: no PEM, no PKCS#7, no trailing bytes. */
    static Optional<X509Certificate> fromDer(byte[] der) {
        try {
            Certificate certificate = FACTORY.get().generateCertificate(new ByteArrayInputStream(der));
            if (certificate instanceof X509Certificate x509 && Arrays.equals(x509.getEncoded(), der)) {
                return Optional.of(x509);
            }
            return Optional.empty();
        } catch (CertificateException | RuntimeException e) {
            return Optional.empty(); // malformed ASN.1 surfaces as either, depending on where it breaks
        }
    }

    /** Every certificate in a PEM (or DER) stream, in order. */
    static List<X509Certificate> fromPem(InputStream pem) throws CertificateException {
        List<X509Certificate> certificates = new ArrayList<>();
        for (Certificate certificate : FACTORY.get().generateCertificates(pem)) {
            certificates.add((X509Certificate) certificate);
        }
        return certificates;
    }

    /** Every CRL in a PEM or DER stream (RFC 5280 s.5), in order. */
    static List<X509CRL> crlsFrom(InputStream in) throws CRLException {
        List<X509CRL> crls = new ArrayList<>();
        for (CRL crl : FACTORY.get().generateCRLs(in)) {
            crls.add((X509CRL) crl);
        }
        return crls;
    }

    static CertPath certPath(List<X509Certificate> certificates) throws CertificateException {
        return FACTORY.get().generateCertPath(certificates);
    }

    static byte[] sha256(X509Certificate certificate) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("a decoded certificate could not be re-encoded", e);
        }
    }

    /** The subject, for refusal details. */
    static String describe(X509Certificate certificate) {
        return "'" + SignerIdentities.rfc4514(certificate.getSubjectX500Principal()) + "'";
    }
}
