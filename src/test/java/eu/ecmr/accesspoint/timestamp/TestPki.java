package eu.ecmr.accesspoint.timestamp;

import java.math.BigInteger;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Set;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampResponseGenerator;

/**
 * The sample PKI (certs-sample/, regenerated at will: nothing here hard-codes its material) and
 * throwaway TSAs made with Bouncy Castle.
 */
final class TestPki {

    static final Path ROOT_CA = Path.of("certs-sample/root-ca.pem");
    static final Path TSA_PEM = Path.of("certs-sample/tsa.pem");
    static final Path TSA_P12 = Path.of("certs-sample/tsa.p12");
    static final String POLICY = "1.3.6.1.4.1.99999.1.1";

    private TestPki() {
    }

    static TsaSigningKey sampleKey() {
        return TsaSigningKey.fromPkcs12(TSA_P12, "changeit".toCharArray());
    }

    static TimestampReplyValidator sampleValidator() {
        return TimestampReplyValidator.fromPemFiles(List.of(ROOT_CA));
    }

    /** One hour into the sample TSA certificate's life, whole seconds (genTime has a resolution of seconds). */
    static Clock fixedClock() {
        Instant notBefore = sampleKey().certificate().getNotBefore().toInstant();
        return Clock.fixed(notBefore.plus(Duration.ofHours(1)), ZoneOffset.UTC);
    }

    static BuiltInTimestampAuthority sampleTsa(Clock clock) {
        return new BuiltInTimestampAuthority(sampleKey(), POLICY, clock, sampleValidator());
    }

    static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A TSA certificate that is right in every way (critical timeStamping EKU) except that nobody trusts it. */
    static TsaSigningKey selfSignedTsa(String keyAlgorithm) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance(keyAlgorithm);
        if ("EC".equals(keyAlgorithm)) {
            generator.initialize(new ECGenParameterSpec("secp256r1"));
        } else {
            generator.initialize(2048);
        }
        KeyPair pair = generator.generateKeyPair();
        X500Name name = new X500Name("CN=Throwaway TSA " + keyAlgorithm);
        Instant now = Instant.now();
        var builder = new JcaX509v3CertificateBuilder(name, BigInteger.valueOf(now.toEpochMilli()),
                Date.from(now.minus(Duration.ofDays(30))), Date.from(now.plus(Duration.ofDays(30))), name, pair.getPublic())
                .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature))
                .addExtension(Extension.extendedKeyUsage, true, new ExtendedKeyUsage(KeyPurposeId.id_kp_timeStamping));
        String algorithm = "EC".equals(keyAlgorithm) ? "SHA256withECDSA" : "SHA256withRSA";
        X509Certificate certificate = new JcaX509CertificateConverter().setProvider(BcProvider.INSTANCE)
                .getCertificate(builder.build(new JcaContentSignerBuilder(algorithm).setProvider(BcProvider.INSTANCE)
                        .build(pair.getPrivate())));
        return new TsaSigningKey(pair.getPrivate(), certificate, List.of(certificate));
    }

    /** Answers a request with any key and any accepted imprint algorithms, bypassing the built-in TSA's own checks. */
    static byte[] respond(TsaSigningKey key, TimeStampRequest request, Set<ASN1ObjectIdentifier> algorithms, Clock clock)
            throws Exception {
        var generator = BuiltInTimestampAuthority.tokenGenerator(key, new ASN1ObjectIdentifier(POLICY));
        return new TimeStampResponseGenerator(generator, algorithms)
                .generate(request, BigInteger.ONE, Date.from(clock.instant())).getEncoded();
    }
}
