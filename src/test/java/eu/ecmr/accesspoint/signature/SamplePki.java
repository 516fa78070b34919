package eu.ecmr.accesspoint.signature;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.security.cert.CRLException;
import java.security.cert.X509CRL;
import java.security.cert.X509CRLEntry;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;

/**
 * Facts of the demo PKI's revocation material, read from {@code certs-sample/} because
 * {@code generate.sh} makes new material on every run: carrier-a-revoked is revoked twelve hours
 * after the certificates begin, and issuing-ca.crl is issued an hour after that.
 */
final class SamplePki {

    static final X509CRL CRL = crl();
    static final X509Certificate REVOKED_LEAF = SampleSigner.load("carrier-a-revoked").leaf();
    static final Instant REVOKED_AT = entry(REVOKED_LEAF).getRevocationDate().toInstant();
    static final Instant CRL_ISSUED = CRL.getThisUpdate().toInstant();
    /** Between the leaf's notBefore and its revocation. */
    static final Instant BEFORE_REVOCATION = REVOKED_LEAF.getNotBefore().toInstant().plus(Duration.ofHours(6));

    private SamplePki() {
    }

    static X509CRLEntry entry(X509Certificate certificate) {
        return CRL.getRevokedCertificate(certificate.getSerialNumber());
    }

    private static X509CRL crl() {
        try (InputStream in = Files.newInputStream(SampleSigner.SAMPLE_DIR.resolve("issuing-ca.crl"))) {
            return X509Certificates.crlsFrom(in).get(0);
        } catch (IOException | CRLException e) {
            throw new IllegalStateException("cannot read certs-sample/issuing-ca.crl", e);
        }
    }
}
