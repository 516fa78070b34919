package eu.ecmr.accesspoint.rendering;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.temporal.ChronoUnit;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.junit.jupiter.api.Test;

/**
 * The Access Point's seal verifies in poppler's pdfsig (NSS), an implementation independent of PDFBox
 * and Bouncy Castle, trusting nothing but the demo root; and the sealed file is still PDF/A-3b.
 */
class SealVerifiesTest {

    @Test
    void pdfsigReportsTheSealValidAndTrusted() throws Exception {
        Path pdf = Samples.write("sample.pdf", Fixtures.sample().render());

        String report = Poppler.pdfsig(pdf, Path.of("certs-sample/root-ca.pem"));
        System.out.println(report);

        assertThat(report)
                .contains("Signature Validation: Signature is Valid.")
                .contains("Certificate Validation: Certificate is Trusted.")
                .contains("Signature Type: ETSI.CAdES.detached")
                .contains("Signer Certificate Common Name: e-CMR Access Point Demo Seal")
                .contains("Total document signed");
    }

    @Test
    void sealIsPadesBaselineBWithoutSigningTimeAttribute() throws Exception {
        byte[] pdf = Fixtures.sample().render();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDSignature signature = document.getLastSignatureDictionary();
            // /Contents is zero-padded after the DER object: read the one object.
            ContentInfo contentInfo = ContentInfo.getInstance(new ASN1InputStream(signature.getContents(pdf)).readObject());
            CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(signature.getSignedContent(pdf)), contentInfo);
            SignerInformation signer = cms.getSignerInfos().getSigners().iterator().next();
            X509CertificateHolder seal = (X509CertificateHolder) cms.getCertificates().getMatches(signer.getSID())
                    .iterator().next();

            assertThat(signature.getSubFilter()).isEqualTo("ETSI.CAdES.detached");
            assertThat(signature.getSignDate().toInstant()).isEqualTo(Fixtures.RECEIVED_AT.truncatedTo(ChronoUnit.SECONDS));
            assertThat(signer.getSignedAttributes().get(PKCSObjectIdentifiers.id_aa_signingCertificateV2)).isNotNull();
            assertThat(signer.getSignedAttributes().get(CMSAttributes.signingTime)).isNull();
            assertThat(signer.getSignedAttributes().get(CMSAttributes.contentType)).isNotNull();
            assertThat(signer.getEncryptionAlgOID()).isEqualTo(X9ObjectIdentifiers.ecdsa_with_SHA256.getId());
            assertThat(cms.getCertificates().getMatches(null)).hasSize(2);
            assertThat(signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(seal))).isTrue();
        }
    }

    @Test
    void sealedCopyOfTwoHundredLinesStillVerifiesAndIsPdfA3b() throws Exception {
        Path pdf = Samples.write("200-lines.pdf", Samples.withGoodsLines(200, "Glazed earthenware, boxed").render());

        assertThat(Poppler.pdfsig(pdf, Path.of("certs-sample/root-ca.pem")))
                .contains("Signature Validation: Signature is Valid.");
        VeraPdf.assertPdfA3b(pdf);
    }
}
