package eu.ecmr.accesspoint.signature;

import java.security.cert.X509Certificate;

import eu.ecmr.accesspoint.common.AccessPointException;
import eu.ecmr.accesspoint.common.ProblemKind;

/**
 * The leaf must be meant for signing: keyUsage (RFC 5280 s.4.2.1.3) with digitalSignature or
 * nonRepudiation, which ETSI EN 319 412-2 and -3 allow for signatures and seals respectively.
 */
final class SigningKeyUsage {

    private static final int DIGITAL_SIGNATURE = 0;
    private static final int NON_REPUDIATION = 1;

    private SigningKeyUsage() {
    }

    static void require(X509Certificate leaf) {
        boolean[] usage = leaf.getKeyUsage();
        if (usage == null) {
            throw refused("the leaf certificate has no keyUsage extension; it must allow digitalSignature or nonRepudiation");
        }
        if (!bit(usage, DIGITAL_SIGNATURE) && !bit(usage, NON_REPUDIATION)) {
            throw refused("the leaf certificate's keyUsage allows neither digitalSignature nor nonRepudiation");
        }
    }

    private static boolean bit(boolean[] usage, int index) {
        return usage.length > index && usage[index];
    }

    private static AccessPointException refused(String detail) {
        return AccessPointException.of(ProblemKind.CERTIFICATE_NOT_FOR_SIGNING, detail);
    }
}
