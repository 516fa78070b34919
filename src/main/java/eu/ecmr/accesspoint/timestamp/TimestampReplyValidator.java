package eu.ecmr.accesspoint.timestamp;

import java.io.IOException;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import javax.security.auth.x500.X500Principal;

import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.cmp.PKIStatus;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.tsp.TimeStampResp;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampResponse;
import org.bouncycastle.tsp.TimeStampToken;
import org.bouncycastle.tsp.TimeStampTokenInfo;

/**
 * Accepts a TSA reply only if it answers its own request and comes from a trusted TSA. Used by every
 * {@link TimestampAuthority} strategy, so the built-in TSA is held to the same checks as an external one.
 */
public final class TimestampReplyValidator {

    private final TsaCertificatePath path;

    public TimestampReplyValidator(List<X509Certificate> trustAnchors) {
        if (trustAnchors.isEmpty()) {
            throw new IllegalArgumentException("At least one TSA trust anchor is needed");
        }
        this.path = new TsaCertificatePath(trustAnchors);
    }

    public static TimestampReplyValidator fromPemFiles(List<Path> trustAnchors) {
        return new TimestampReplyValidator(PemCertificates.read(trustAnchors));
    }

    /**
     * @param encoded the TimeStampResp as received, DER (RFC 3161 s.2.4.2); returned unchanged in the reply
     */
    public TimestampReply validate(TimeStampRequest request, byte[] encoded) throws InvalidTimestampReplyException {
        TimeStampResponse response = granted(encoded);
        try {
            // Nonce, message imprint (algorithm and value), requested policy, signingCertificate attribute.
            response.validate(request);
        } catch (TSPException e) {
            throw new InvalidTimestampReplyException("The reply does not answer its request: " + e.getMessage(), e);
        }
        return checkToken(response.getTimeStampToken(), encoded);
    }

    /**
     * Validates a reply kept from an earlier exchange, as whoever reads it back must: everything
     * {@link #validate} checks but the binding to the request, whose nonce is long gone. The caller
     * compares the {@link #messageImprint} with the digest of the bytes it holds. A TSA certificate
     * that is not acceptable is reported as the subtype {@link TsaCertificateException}.
     */
    public TimestampReply validateStored(byte[] encoded) throws InvalidTimestampReplyException {
        return checkToken(tokenOf(granted(encoded)), encoded);
    }

    /** The SHA-256 digest a granted reply's token is over (RFC 3161 s.2.4.2, messageImprint), read without validating the token. */
    public static byte[] messageImprint(byte[] encoded) throws InvalidTimestampReplyException {
        TimeStampTokenInfo info = tokenOf(granted(encoded)).getTimeStampInfo();
        requireSha256(info);
        return info.getMessageImprintDigest();
    }

    private static TimeStampResponse granted(byte[] encoded) throws InvalidTimestampReplyException {
        TimeStampResponse response = parse(encoded);
        int status = response.getStatus();
        if (status != PKIStatus.GRANTED && status != PKIStatus.GRANTED_WITH_MODS) {
            throw new InvalidTimestampReplyException("The TSA refused: status " + status + ", failInfo "
                    + (response.getFailInfo() == null ? "none" : response.getFailInfo().intValue())
                    + ", text " + response.getStatusString());
        }
        return response;
    }

    private static TimeStampToken tokenOf(TimeStampResponse response) throws InvalidTimestampReplyException {
        if (response.getTimeStampToken() == null) {
            throw new InvalidTimestampReplyException("The reply grants a timestamp but carries no token");
        }
        return response.getTimeStampToken();
    }

    private TimestampReply checkToken(TimeStampToken token, byte[] encoded) throws InvalidTimestampReplyException {
        TimeStampTokenInfo info = token.getTimeStampInfo();
        requireSha256(info);
        X509CertificateHolder signer = TsaCertificateChecks.signerOf(token);
        TsaCertificateChecks.checkTimeStampingOnly(signer);
        TsaCertificateChecks.checkTsaName(info, signer);
        verifySignature(token, signer);
        X509Certificate tsaCertificate = toX509(signer);
        path.check(tsaCertificate, certificatesOf(token), info.getGenTime());
        return new TimestampReply(encoded.clone(), info.getGenTime().toInstant(), info.getSerialNumber().toString(16),
                tsaCertificate.getSubjectX500Principal().getName(X500Principal.RFC2253));
    }

    private static void requireSha256(TimeStampTokenInfo info) throws InvalidTimestampReplyException {
        if (!NISTObjectIdentifiers.id_sha256.equals(info.getMessageImprintAlgOID())) {
            throw new InvalidTimestampReplyException("The message imprint is not SHA-256");
        }
    }

    private static TimeStampResponse parse(byte[] encoded) throws InvalidTimestampReplyException {
        try {
            // fromByteArray refuses trailing bytes, which the TimeStampResponse(byte[]) constructor ignores.
            return new TimeStampResponse(TimeStampResp.getInstance(ASN1Primitive.fromByteArray(encoded)));
        } catch (IOException | TSPException | RuntimeException e) {
            throw new InvalidTimestampReplyException("The reply is not a TimeStampResp", e);
        }
    }

    /** CMS signature, ESSCertID(v2) binding to the certificate, and its validity at genTime (RFC 3161 s.2.4.2, RFC 5816). */
    private static void verifySignature(TimeStampToken token, X509CertificateHolder signer)
            throws InvalidTimestampReplyException {
        try {
            token.validate(new JcaSimpleSignerInfoVerifierBuilder().setProvider(BcProvider.INSTANCE).build(signer));
        } catch (TSPException e) {
            throw new InvalidTimestampReplyException("The token's signature does not verify: " + e.getMessage(), e);
        } catch (OperatorCreationException | CertificateException e) {
            throw new InvalidTimestampReplyException("The TSA certificate cannot verify signatures", e);
        }
    }

    private static Collection<X509Certificate> certificatesOf(TimeStampToken token) throws InvalidTimestampReplyException {
        List<X509Certificate> certificates = new ArrayList<>();
        for (X509CertificateHolder holder : token.getCertificates().getMatches(null)) {
            certificates.add(toX509(holder));
        }
        return certificates;
    }

    private static X509Certificate toX509(X509CertificateHolder holder) throws InvalidTimestampReplyException {
        try {
            return new JcaX509CertificateConverter().setProvider(BcProvider.INSTANCE).getCertificate(holder);
        } catch (CertificateException e) {
            throw new InvalidTimestampReplyException("A certificate in the token cannot be read", e);
        }
    }
}
