package eu.ecmr.accesspoint.timestamp;

import java.util.Collection;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.tsp.TimeStampToken;
import org.bouncycastle.tsp.TimeStampTokenInfo;

/** What RFC 3161 asks of the certificate that signed a token, beyond its chain. */
final class TsaCertificateChecks {

    private TsaCertificateChecks() {
    }

    /** We always send certReq true (s.2.4.1), so the signer's certificate must be in the token. */
    static X509CertificateHolder signerOf(TimeStampToken token) throws InvalidTimestampReplyException {
        @SuppressWarnings("unchecked")
        Collection<X509CertificateHolder> matches = token.getCertificates().getMatches(token.getSID());
        if (matches.size() != 1) {
            throw new InvalidTimestampReplyException("The token does not carry exactly one TSA certificate");
        }
        return matches.iterator().next();
    }

    /** s.2.3: one extended key usage, id-kp-timeStamping, and the extension critical. */
    static void checkTimeStampingOnly(X509CertificateHolder signer) throws TsaCertificateException {
        Extension extension = signer.getExtension(Extension.extendedKeyUsage);
        if (extension == null || !extension.isCritical()) {
            throw new TsaCertificateException("The TSA certificate lacks a critical extended key usage");
        }
        KeyPurposeId[] usages = ExtendedKeyUsage.getInstance(extension.getParsedValue()).getUsages();
        if (usages.length != 1 || !KeyPurposeId.id_kp_timeStamping.equals(usages[0])) {
            throw new TsaCertificateException("The TSA certificate is not for timestamping only");
        }
    }

    /** s.2.4.2: a tsa name, when present, must be one of the certificate's subject names. */
    static void checkTsaName(TimeStampTokenInfo info, X509CertificateHolder signer) throws InvalidTimestampReplyException {
        GeneralName tsa = info.getTsa();
        if (tsa == null) {
            return;
        }
        if (tsa.getTagNo() == GeneralName.directoryName && X500Name.getInstance(tsa.getName()).equals(signer.getSubject())) {
            return;
        }
        GeneralNames alternatives = GeneralNames.fromExtensions(signer.getExtensions(), Extension.subjectAlternativeName);
        if (alternatives != null) {
            for (GeneralName name : alternatives.getNames()) {
                if (name.equals(tsa)) {
                    return;
                }
            }
        }
        throw new InvalidTimestampReplyException("The token's tsa name is not a name of its certificate");
    }
}
