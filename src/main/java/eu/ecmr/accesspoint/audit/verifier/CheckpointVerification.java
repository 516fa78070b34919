package eu.ecmr.accesspoint.audit.verifier;

import java.security.MessageDigest;
import java.security.Signature;
import java.security.cert.CertPathValidator;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.tsp.TimeStampResponse;
import org.bouncycastle.tsp.TimeStampToken;

import eu.ecmr.accesspoint.audit.CheckpointText;

/**
 * Checks one checkpoint with nothing but the seal certificate and the TSA's root: the seal's
 * signature over the signed bytes, the timestamp over their SHA-256, and that the bytes state the
 * tree size and root hash the checkpoint claims.
 */
final class CheckpointVerification {

    private final X509Certificate sealCertificate;
    private final X509Certificate tsaRoot;

    CheckpointVerification(X509Certificate sealCertificate, X509Certificate tsaRoot) {
        this.sealCertificate = sealCertificate;
        this.tsaRoot = tsaRoot;
    }

    /** Null when the checkpoint is sound, else why not. */
    String problem(ExportedCheckpoint c) {
        try {
            if (CheckpointText.treeSize(c.signedBytes()) != c.treeSize()
                    || !MessageDigest.isEqual(CheckpointText.rootHash(c.signedBytes()), c.rootHash())) {
                return "its signed text states another tree size or root hash";
            }
            Signature verifier = Signature.getInstance("SHA256withECDSA");
            verifier.initVerify(sealCertificate.getPublicKey());
            verifier.update(c.signedBytes());
            if (!verifier.verify(c.signature())) {
                return "the seal's signature does not verify";
            }
            return timestampProblem(c);
        } catch (Exception e) {
            return "it cannot be read: " + e.getMessage();
        }
    }

    private String timestampProblem(ExportedCheckpoint c) throws Exception {
        TimeStampToken token = new TimeStampResponse(c.timestampReply()).getTimeStampToken();
        if (token == null) {
            return "its timestamp reply holds no token";
        }
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(c.signedBytes());
        if (!MessageDigest.isEqual(token.getTimeStampInfo().getMessageImprintDigest(), digest)) {
            return "its timestamp is over other bytes";
        }
        @SuppressWarnings("unchecked")
        Collection<X509CertificateHolder> certificates = token.getCertificates().getMatches(token.getSID());
        if (certificates.isEmpty()) {
            return "its timestamp token names no TSA certificate";
        }
        X509Certificate tsa = new JcaX509CertificateConverter().getCertificate(certificates.iterator().next());
        token.validate(new JcaSimpleSignerInfoVerifierBuilder().build(tsa));
        PKIXParameters params = new PKIXParameters(Set.of(new TrustAnchor(tsaRoot, null)));
        params.setRevocationEnabled(false);
        params.setDate(token.getTimeStampInfo().getGenTime());
        CertPathValidator.getInstance("PKIX").validate(
                CertificateFactory.getInstance("X.509").generateCertPath(List.of(tsa)), params);
        return null;
    }
}
