package eu.ecmr.accesspoint.rendering.seal;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;

import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuerSerial;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSAttributeTableGenerator;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * The CMS SignedData of a PAdES baseline-B signature (ETSI EN 319 142-1 s.6.3, ETSI EN 319 122-1 s.5.2):
 * detached, DER, with content-type, message-digest and ESS signing-certificate-v2, and deliberately no
 * signing-time (PAdES takes the time from the signature dictionary's /M). Thread-safe.
 */
final class CadesDetachedSignature {

    private final SealKey key;
    private final DeterministicEcdsaSigner signer;
    private final Attribute signingCertificate;
    private final JcaCertStore certificates;

    CadesDetachedSignature(SealKey key) {
        this.key = key;
        this.signer = new DeterministicEcdsaSigner(key.privateKey());
        try {
            this.signingCertificate = signingCertificateV2(key.certificate());
            this.certificates = new JcaCertStore(key.chain());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot prepare the seal's certificate attributes", e);
        }
    }

    byte[] sign(byte[] signedBytes) {
        try {
            CMSAttributeTableGenerator standard = new DefaultSignedAttributeTableGenerator(
                    new AttributeTable(signingCertificate));
            CMSAttributeTableGenerator withoutSigningTime = parameters ->
                    standard.getAttributes(parameters).remove(CMSAttributes.signingTime);
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            // The platform's SHA-256 (SUN) uses the CPU's SHA extensions where there are some; the whole PDF goes through it.
            generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(
                    new JcaDigestCalculatorProviderBuilder().build())
                    .setSignedAttributeGenerator(withoutSigningTime)
                    .build(signer.newSigner(), key.certificate()));
            generator.addCertificates(certificates);
            return generator.generate(new CMSProcessableByteArray(signedBytes), false).getEncoded(ASN1Encoding.DER);
        } catch (CMSException | OperatorCreationException | GeneralSecurityException | IOException e) {
            throw new IllegalStateException("The seal cannot sign the PDF", e);
        }
    }

    /** RFC 5035: the SHA-256 hash of the seal certificate and its issuer and serial number. */
    private static Attribute signingCertificateV2(X509Certificate certificate)
            throws GeneralSecurityException, CertificateEncodingException {
        byte[] hash = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
        IssuerSerial issuerSerial = new IssuerSerial(
                new GeneralNames(new GeneralName(X500Name.getInstance(certificate.getIssuerX500Principal().getEncoded()))),
                certificate.getSerialNumber());
        ESSCertIDv2 id = new ESSCertIDv2(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256), hash, issuerSerial);
        return new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2,
                new DERSet(new SigningCertificateV2(new ESSCertIDv2[] {id})));
    }
}
