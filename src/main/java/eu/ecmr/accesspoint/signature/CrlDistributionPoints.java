package eu.ecmr.accesspoint.signature;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;

import org.bouncycastle.asn1.ASN1IA5String;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.DistributionPointName;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;

/** The cRLDistributionPoints extension of a certificate (RFC 5280 s.4.2.1.13): where its issuer publishes CRLs. */
final class CrlDistributionPoints {

    private CrlDistributionPoints() {
    }

    /** Every fullName general name of every distribution point; empty when there is no such extension. */
    static List<GeneralName> names(X509Certificate certificate) {
        byte[] extension = certificate.getExtensionValue(Extension.cRLDistributionPoints.getId());
        if (extension == null) {
            return List.of();
        }
        List<GeneralName> names = new ArrayList<>();
        try {
            CRLDistPoint points = CRLDistPoint.getInstance(JcaX509ExtensionUtils.parseExtensionValue(extension));
            for (DistributionPoint point : points.getDistributionPoints()) {
                DistributionPointName name = point.getDistributionPoint();
                if (name != null && name.getType() == DistributionPointName.FULL_NAME) {
                    names.addAll(List.of(GeneralNames.getInstance(name.getName()).getNames()));
                }
            }
        } catch (IOException | RuntimeException e) {
            return List.of(); // a malformed extension names nowhere to look
        }
        return names;
    }

    /** The distribution points that are URIs, in the certificate's order; unparseable ones are left out. */
    static List<URI> uris(X509Certificate certificate) {
        List<URI> uris = new ArrayList<>();
        for (GeneralName name : names(certificate)) {
            if (name.getTagNo() == GeneralName.uniformResourceIdentifier) {
                try {
                    uris.add(new URI(ASN1IA5String.getInstance(name.getName()).getString()));
                } catch (URISyntaxException | RuntimeException e) {
                    // not a URI this Access Point could fetch anyway
                }
            }
        }
        return uris;
    }
}
