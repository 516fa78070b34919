package eu.ecmr.accesspoint.timestamp;

import java.io.IOException;
import java.math.BigInteger;
import java.security.SecureRandom;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.cmp.PKIStatus;
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
import org.bouncycastle.tsp.TimeStampResponse;
import org.bouncycastle.tsp.TimeStampResponseGenerator;
import org.bouncycastle.tsp.TimeStampTokenGenerator;
import org.bouncycastle.tsp.TimeStampTokenInfo;

/**
 * An RFC 3161 TSA inside the Access Point, with its key from a PKCS#12 file. Every timestamp is a real
 * request and reply. The first, issued at start-up, is checked by the same {@link TimestampReplyValidator}
 * as an external TSA's: it proves the key, the certificate, its chain to the anchors and the token's
 * form. Later replies come from the same generator and key, so parsing each again and verifying its
 * CMS signature would only repeat that proof (a third of a submission's CPU). Each is still bound to
 * its request (status, nonce, imprint, policy) and its certificates checked at genTime; should one of
 * them no longer be valid, the full validator decides, and refuses.
 */
public final class BuiltInTimestampAuthority implements TimestampAuthority {

    /** Only SHA-256 imprints: what the Access Point asks for, and what the validator accepts. */
    private static final Set<ASN1ObjectIdentifier> ACCEPTED_ALGORITHMS = Set.of(TSPAlgorithms.SHA256);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final TimeStampTokenGenerator tokenGenerator;
    private final ASN1ObjectIdentifier policy;
    private final Clock clock;
    private final TimestampReplyValidator validator;
    private final List<X509Certificate> included;
    /** The TSA certificate's subject as the validator names it, taken from the reply it validated. */
    private final String tsaName;

    /**
     * Builds the signer once and proves the whole set-up (key matches certificate, certificate
     * chains to the trust anchors) by issuing one timestamp, so a bad configuration stops the start-up.
     */
    BuiltInTimestampAuthority(TsaSigningKey key, String policyOid, Clock clock, TimestampReplyValidator validator) {
        this.policy = new ASN1ObjectIdentifier(policyOid);
        this.tokenGenerator = tokenGenerator(key, policy);
        this.clock = clock;
        this.validator = validator;
        this.included = certificatesToInclude(key);
        TimeStampRequest first = TimestampRequests.sha256(new byte[32], policy);
        this.tsaName = fullyValidated(first, encoded(generate(first))).tsa();
    }

    public static BuiltInTimestampAuthority fromConfig(TimestampConfig.BuiltIn config, Clock clock,
            TimestampReplyValidator validator) {
        TsaSigningKey key = TsaSigningKey.fromPkcs12(config.keystore(), config.password().toCharArray());
        return new BuiltInTimestampAuthority(key, config.policy(), clock, validator);
    }

    @Override
    public TimestampReply timestamp(byte[] sha256Digest) {
        TimeStampRequest request = TimestampRequests.sha256(sha256Digest, policy);
        TimeStampResponse response = generate(request);
        byte[] encoded = encoded(response);
        try {
            requireGranted(response);
            // Nonce, message imprint, requested policy, and the signingCertificate attribute's presence.
            response.validate(request);
        } catch (TSPException e) {
            throw new IllegalStateException("The built-in TSA issued a reply that does not answer its request: "
                    + e.getMessage(), e);
        }
        TimeStampTokenInfo info = response.getTimeStampToken().getTimeStampInfo();
        if (!allValidAt(included, info.getGenTime())) {
            return fullyValidated(request, encoded);
        }
        return new TimestampReply(encoded, info.getGenTime().toInstant(), info.getSerialNumber().toString(16), tsaName);
    }

    /** Answers a TimeStampReq as a TSA does, DER; a request it cannot serve gets a rejection reply. */
    byte[] respond(TimeStampRequest request) {
        return encoded(generate(request));
    }

    private TimestampReply fullyValidated(TimeStampRequest request, byte[] encoded) {
        try {
            return validator.validate(request, encoded);
        } catch (InvalidTimestampReplyException e) {
            throw new IllegalStateException("The built-in TSA issued a reply that does not validate: " + e.getMessage(), e);
        }
    }

    private TimeStampResponse generate(TimeStampRequest request) {
        BigInteger serialNumber = serialNumber();
        Date genTime = Date.from(clock.instant());
        try {
            // The response generator keeps per-call status in fields, so it is built per call; the token
            // generator shares one ContentSigner (a java.security.Signature), so calls are serialised on it.
            var responses = new TimeStampResponseGenerator(tokenGenerator, ACCEPTED_ALGORITHMS, Set.of(policy));
            synchronized (tokenGenerator) {
                return responses.generate(request, serialNumber, genTime);
            }
        } catch (TSPException e) {
            throw new IllegalStateException("The built-in TSA cannot sign", e);
        }
    }

    private static byte[] encoded(TimeStampResponse response) {
        try {
            return response.getEncoded(ASN1Encoding.DER);
        } catch (IOException e) {
            throw new IllegalStateException("The built-in TSA cannot encode its reply", e);
        }
    }

    /** TimeStampResponse.validate passes a reply without a token, so a refusal is caught here. */
    private static void requireGranted(TimeStampResponse response) throws TSPException {
        int status = response.getStatus();
        if ((status != PKIStatus.GRANTED && status != PKIStatus.GRANTED_WITH_MODS) || response.getTimeStampToken() == null) {
            throw new TSPException("status " + status + ", text " + response.getStatusString());
        }
    }

    private static boolean allValidAt(List<X509Certificate> certificates, Date date) {
        for (X509Certificate certificate : certificates) {
            try {
                certificate.checkValidity(date);
            } catch (CertificateException e) {
                return false;
            }
        }
        return true;
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
