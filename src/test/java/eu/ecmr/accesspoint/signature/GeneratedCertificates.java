package eu.ecmr.accesspoint.signature;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Keys and self-signed signing certificates the demo PKI does not have (P-384, P-521, secp256k1,
 * short RSA), made with Bouncy Castle. A test trusts the certificate itself as its anchor.
 */
final class GeneratedCertificates {

    private GeneratedCertificates() {
    }

    static KeyPair ecKeyPair(String curve) throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC", BouncyCastle.PROVIDER);
        generator.initialize(new ECGenParameterSpec(curve));
        return generator.generateKeyPair();
    }

    static KeyPair rsaKeyPair(int bits) throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA", BouncyCastle.PROVIDER);
        generator.initialize(bits);
        return generator.generateKeyPair();
    }

    /** Self-signed, keyUsage digitalSignature, valid a day either side of {@code around}. */
    static X509Certificate selfSigned(KeyPair keys, String commonName, Instant around) throws Exception {
        X500Name name = new X500Name("CN=" + commonName + ",O=Test,C=NL");
        JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name, BigInteger.valueOf(around.toEpochMilli()),
                Date.from(around.minus(Duration.ofDays(1))), Date.from(around.plus(Duration.ofDays(1))), name, keys.getPublic());
        builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
        String signatureAlgorithm = keys.getPublic().getAlgorithm().equals("RSA") ? "SHA256withRSA" : "SHA256withECDSA";
        return new JcaX509CertificateConverter().setProvider(BouncyCastle.PROVIDER).getCertificate(
                builder.build(new JcaContentSignerBuilder(signatureAlgorithm).setProvider(BouncyCastle.PROVIDER).build(keys.getPrivate())));
    }
}
