package eu.ecmr.accesspoint.timestamp;

import java.io.IOException;
import java.math.BigInteger;
import java.security.SecureRandom;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.DigestCalculatorProvider;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampResponseGenerator;
import org.bouncycastle.tsp.TimeStampTokenGenerator;

/**
 * An RFC 3161 TSA inside the Access Point, with its key from a PKCS#12 file. Every timestamp is a real
 * request and reply, checked by the same {@link TimestampReplyValidator} as an external TSA's.
 */
public final class BuiltInTimestampAuthority implements TimestampAuthority {

    /** Only SHA-256 imprints: what the Access Point asks for, and what the validator accepts. */
    private static final Set<ASN1ObjectIdentifier> ACCEPTED_ALGORITHMS = Set.of(TSPAlgorithms.SHA256);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final TimeStampTokenGenerator tokenGenerator;
    private final ASN1ObjectIdentifier policy;
    private final Clock clock;
    private final TimestampReplyValidator validator;

    /**
     * Builds the signer once and proves the whole set-up (key matches certificate, certificate
     * chains to the trust anchors) by issuing one timestamp, so a bad configuration stops the start-up.
     */
    BuiltInTimestampAuthority(TsaSigningKey key, String policyOid, Clock clock, TimestampReplyValidator validator) {
        this.policy = new ASN1ObjectIdentifier(policyOid);
        this.tokenGenerator = tokenGenerator(key, policy);
        this.clock = clock;
        this.validator = validator;
        timestamp(new byte[32]);
    }

    public static BuiltInTimestampAuthority fromConfig(TimestampConfig.BuiltIn config, Clock clock,
            TimestampReplyValidator validator) {
        TsaSigningKey key = TsaSigningKey.fromPkcs12(config.keystore(), config.password().toCharArray());
        return new BuiltInTimestampAuthority(key, config.policy(), clock, validator);
    }

    @Override
    public TimestampReply timestamp(byte[] sha256Digest) {
        TimeStampRequest request = TimestampRequests.sha256(sha256Digest, policy);
        try {
            return validator.validate(request, respond(request));
        } catch (InvalidTimestampReplyException e) {
            throw new IllegalStateException("The built-in TSA issued a reply that does not validate: " + e.getMessage(), e);
        }
    }

    /** Answers a TimeStampReq as a TSA does, DER; a request it cannot serve gets a rejection reply. */
    byte[] respond(TimeStampRequest request) {
        BigInteger serialNumber = serialNumber();
        Date genTime = Date.from(clock.instant());
        try {
            // The response generator keeps per-call status in fields, so it is built per call; the token
            // generator shares one ContentSigner (a java.security.Signature), so calls are serialised on it.
            var responses = new TimeStampResponseGenerator(tokenGenerator, ACCEPTED_ALGORITHMS, Set.of(policy));
            synchronized (tokenGenerator) {
                return responses.generate(request, serialNumber, genTime).getEncoded(ASN1Encoding.DER);
            }
        } catch (TSPException | IOException e) {
            throw new IllegalStateException("The built-in TSA cannot sign", e);
        }
    }

    /**
     * 128 random bits: unique across restarts and across instances sharing a database without any
     * coordination (a collision after 10^12 tokens has odds of about 10^-15), and within the 160 bits
     * RFC 3161 s.2.4.2 lets clients expect. Zero is skipped because serials are positive.
     */
    private static BigInteger serialNumber() {
        BigInteger serial;
        do {
            serial = new BigInteger(128, RANDOM);
        } while (serial.signum() == 0);
        return serial;
    }

    /** RFC 3161 s.2.4.2 with ESSCertIDv2 over SHA-256 (RFC 5816), accuracy 1 s, the TSA certificate included. */
    static TimeStampTokenGenerator tokenGenerator(TsaSigningKey key, ASN1ObjectIdentifier policy) {
        try {
            DigestCalculatorProvider digests =
                    new JcaDigestCalculatorProviderBuilder().setProvider(BcProvider.INSTANCE).build();
            ContentSigner signer = new JcaContentSignerBuilder(key.signatureAlgorithm())
                    .setProvider(BcProvider.INSTANCE).build(key.privateKey());
            var signerInfo = new JcaSignerInfoGeneratorBuilder(digests).build(signer, key.certificate());
            TimeStampTokenGenerator generator = new TimeStampTokenGenerator(signerInfo,
                    digests.get(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256)), policy, true);
            generator.setAccuracySeconds(1);
            X500Name subject = X500Name.getInstance(key.certificate().getSubjectX500Principal().getEncoded());
            generator.setTSA(new GeneralName(subject));
            generator.addCertificates(new JcaCertStore(certificatesToInclude(key)));
            return generator;
        } catch (OperatorCreationException | CertificateEncodingException | TSPException e) {
            throw new IllegalStateException("Cannot set up the built-in TSA with its key", e);
        }
    }

    /** The TSA certificate and any intermediates; a root proves nothing, the verifier must hold it already. */
    private static List<X509Certificate> certificatesToInclude(TsaSigningKey key) {
        return Stream.concat(Stream.of(key.certificate()), key.chain().stream().skip(1)
                .filter(c -> !c.getSubjectX500Principal().equals(c.getIssuerX500Principal()))).toList();
    }
}
