package eu.ecmr.accesspoint.signature;

import java.math.BigInteger;
import java.net.URI;
import java.security.KeyPair;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.concurrent.atomic.AtomicLong;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.DistributionPointName;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuingDistributionPoint;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CRLConverter;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A CA made with Bouncy Castle for one test: unlike the demo PKI's, its key is at hand, so a test
 * can issue leafs naming any CRL distribution point and sign any CRL. Valid a year either side of
 * {@code around}.
 */
final class ThrowawayCa {

    private static final AtomicLong SERIALS = new AtomicLong(System.nanoTime());

    final KeyPair keys;
    final X509Certificate certificate;
    private final X500Name name;
    private final Instant around;

    ThrowawayCa(String commonName, Instant around) throws Exception {
        this.keys = GeneratedCertificates.ecKeyPair("secp256r1");
        this.name = new X500Name("CN=" + commonName + ",O=Test,C=NL");
        this.around = around;
        JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name, serial(),
                Date.from(around.minus(Duration.ofDays(365))), Date.from(around.plus(Duration.ofDays(365))), name, keys.getPublic());
        builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
        builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
        this.certificate = convert(builder);
    }

    /** A signing leaf whose cRLDistributionPoints names {@code crlUrl}. */
    X509Certificate leaf(String commonName, URI crlUrl) throws Exception {
        KeyPair leafKeys = GeneratedCertificates.ecKeyPair("secp256r1");
        JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name, serial(),
                Date.from(around.minus(Duration.ofDays(30))), Date.from(around.plus(Duration.ofDays(30))),
                new X500Name("CN=" + commonName + ",O=Test,C=NL"), leafKeys.getPublic());
        builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
        builder.addExtension(Extension.cRLDistributionPoints, false, new CRLDistPoint(new DistributionPoint[] {
                new DistributionPoint(new DistributionPointName(fullName(crlUrl)), null, null)}));
        return convert(builder);
    }

    /** A CRL of this CA, issued at {@code thisUpdate}, revoking {@code revoked} (keyCompromise) at {@code revokedAt}. */
    X509CRL crl(Instant thisUpdate, Instant nextUpdate, X509Certificate revoked, Instant revokedAt) throws Exception {
        return crl(thisUpdate, nextUpdate, revoked, revokedAt, null, keys);
    }

    /** The same, optionally with an issuingDistributionPoint and signed with {@code signingKeys}, which may be another CA's. */
    X509CRL crl(Instant thisUpdate, Instant nextUpdate, X509Certificate revoked, Instant revokedAt,
            IssuingDistributionPoint scope, KeyPair signingKeys) throws Exception {
        X509v2CRLBuilder builder = new X509v2CRLBuilder(name, Date.from(thisUpdate));
        builder.setNextUpdate(Date.from(nextUpdate));
        if (revoked != null) {
            builder.addCRLEntry(revoked.getSerialNumber(), Date.from(revokedAt), CRLReason.keyCompromise);
        }
        if (scope != null) {
            builder.addExtension(Extension.issuingDistributionPoint, true, scope);
        }
        return new JcaX509CRLConverter().setProvider(BouncyCastle.PROVIDER).getCRL(builder.build(signer(signingKeys)));
    }

    static GeneralNames fullName(URI uri) {
        return new GeneralNames(new GeneralName(GeneralName.uniformResourceIdentifier, uri.toString()));
    }

    private X509Certificate convert(JcaX509v3CertificateBuilder builder) throws Exception {
        return new JcaX509CertificateConverter().setProvider(BouncyCastle.PROVIDER).getCertificate(builder.build(signer(keys)));
    }

    private static ContentSigner signer(KeyPair signingKeys) throws Exception {
        return new JcaContentSignerBuilder("SHA256withECDSA").setProvider(BouncyCastle.PROVIDER).build(signingKeys.getPrivate());
    }

    private static BigInteger serial() {
        return BigInteger.valueOf(SERIALS.incrementAndGet());
    }
}
