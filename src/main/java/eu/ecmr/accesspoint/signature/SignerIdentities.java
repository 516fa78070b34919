package eu.ecmr.accesspoint.signature;

import java.security.cert.X509Certificate;
import java.util.Map;

import javax.security.auth.x500.X500Principal;

import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.x500.AttributeTypeAndValue;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;

/** Reads a {@link SignerIdentity} from a leaf certificate. */
final class SignerIdentities {

    // Java has no keyword for 2.5.4.97 and would print it as an opaque "2.5.4.97=#0c14...".
    private static final Map<String, String> KEYWORDS = Map.of(BCStyle.ORGANIZATION_IDENTIFIER.getId(), "organizationIdentifier");

    private SignerIdentities() {
    }

    static SignerIdentity of(X509Certificate leaf) {
        return new SignerIdentity(
                rfc4514(leaf.getSubjectX500Principal()),
                rfc4514(leaf.getIssuerX500Principal()),
                leaf.getSerialNumber().toString(16),
                organizationIdentifier(leaf));
    }

    /** RFC 4514 string form (which RFC 2253 output already is), most specific RDN first. */
    static String rfc4514(X500Principal name) {
        return name.getName(X500Principal.RFC2253, KEYWORDS);
    }

    /** ETSI EN 319 412-1 s.5.1.4: the subject's organizationIdentifier, e.g. VATNL-NL000000001B01; null if absent. */
    static String organizationIdentifier(X509Certificate leaf) {
        X500Name subject = X500Name.getInstance(leaf.getSubjectX500Principal().getEncoded());
        for (RDN rdn : subject.getRDNs(BCStyle.ORGANIZATION_IDENTIFIER)) {
            for (AttributeTypeAndValue attribute : rdn.getTypesAndValues()) {
                if (BCStyle.ORGANIZATION_IDENTIFIER.equals(attribute.getType())
                        && attribute.getValue() instanceof ASN1String text) {
                    return text.getString();
                }
            }
        }
        return null;
    }
}
