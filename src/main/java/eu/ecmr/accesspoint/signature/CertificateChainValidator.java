package eu.ecmr.accesspoint.signature;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.cert.CertPathValidator;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.PKIXCertPathValidatorResult;
import java.security.cert.PKIXParameters;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import eu.ecmr.accesspoint.common.AccessPointException;
import eu.ecmr.accesspoint.common.ProblemKind;

/**
 * Decides whether the x5c chain was a trustworthy one at a given time, the claimed signing time at
 * submission: first each certificate's validity period (so that an expired certificate is named as
 * such, not as an untrusted one), then RFC 5280 s.6 path validation to a configured anchor then.
 */
final class CertificateChainValidator {

    /** Distinct carrier chains in service number in the thousands; past this many, start over rather than grow. */
    private static final int MAX_KEPT_PATHS = 10_000;

    private final TrustAnchors anchors;
    /**
     * Paths PKIX validated, by their certificates' encodings, with the anchor each leads to. PKIX
     * depends on the date only through validity periods, which {@link #validate} checks on every
     * call for the path and the anchor; revocation is checked apart. So a path validated once is
     * not verified again (a P-384 signature per CA, ~1 ms each with BC), and a path that failed is
     * never kept: the cache can spare work, never change an answer.
     */
    private final Map<List<ByteBuffer>, X509Certificate> keptPaths = new ConcurrentHashMap<>();

    CertificateChainValidator(TrustAnchors anchors) {
        this.anchors = anchors;
    }

    /**
     * Returns the validated chain, leaf first, ending with the trust anchor it leads to.
     *
     * @param time     when the chain must have been valid: the signing time at submission
     * @param timeName what {@code time} is, for the refusal's detail, such as "the signing time"
     */
    List<X509Certificate> validate(List<X509Certificate> x5c, Instant time, String timeName) {
        x5c.forEach(certificate -> requireValidAt(certificate, time, timeName));
        List<X509Certificate> path = pathBeforeAnchor(x5c);
        List<ByteBuffer> key = encodings(path);
        X509Certificate anchor = keptPaths.get(key);
        if (anchor == null) {
            anchor = pkixValidate(path, time);
            if (keptPaths.size() >= MAX_KEPT_PATHS) {
                keptPaths.clear();
            }
            keptPaths.put(key, anchor);
        }
        requireValidAt(anchor, time, timeName); // PKIX leaves the anchor's own validity period alone
        List<X509Certificate> chain = new ArrayList<>(path);
        chain.add(anchor);
        return List.copyOf(chain);
    }

    /** The leaf and what follows it up to, not including, the first configured anchor; the rest is noise. */
    private List<X509Certificate> pathBeforeAnchor(List<X509Certificate> x5c) {
        int end = 1;
        while (end < x5c.size() && !anchors.contains(x5c.get(end))) {
            end++;
        }
        return x5c.subList(0, end);
    }

    private X509Certificate pkixValidate(List<X509Certificate> path, Instant time) {
        try {
            PKIXParameters parameters = new PKIXParameters(anchors.pkixAnchors());
            parameters.setDate(Date.from(time));
            // RevocationChecker reads CRLs after the path is known, so that a CRL is checked against the issuer's key.
            parameters.setRevocationEnabled(false);
            // Not thread-safe, so one per call; the provider instance spares the look-up by name.
            CertPathValidator validator = CertPathValidator.getInstance("PKIX", BouncyCastle.PROVIDER);
            PKIXCertPathValidatorResult result = (PKIXCertPathValidatorResult) validator.validate(
                    X509Certificates.certPath(path), parameters);
            return result.getTrustAnchor().getTrustedCert();
        } catch (CertPathValidatorException e) {
            int index = e.getIndex();
            String where = index >= 0 && index < path.size() ? " (at " + X509Certificates.describe(path.get(index)) + ")" : "";
            throw AccessPointException.of(ProblemKind.CERTIFICATE_UNTRUSTED, "the certificate chain in x5c does not lead to a"
                    + " configured trust anchor" + where + "; x5c must hold the leaf and every intermediate CA,"
                    + " the Access Point fetches none", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PKIX path validation could not be set up", e);
        }
    }

    private static List<ByteBuffer> encodings(List<X509Certificate> path) {
        try {
            List<ByteBuffer> encodings = new ArrayList<>(path.size());
            for (X509Certificate certificate : path) {
                encodings.add(ByteBuffer.wrap(certificate.getEncoded()));
            }
            return encodings;
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException("A parsed certificate cannot be encoded again", e);
        }
    }

    private static void requireValidAt(X509Certificate certificate, Instant time, String timeName) {
        CertificateValidity validity = CertificateValidity.of(certificate);
        if (!validity.includes(time)) {
            throw AccessPointException.of(ProblemKind.CERTIFICATE_NOT_VALID_AT_SIGNING_TIME, "the certificate "
                    + X509Certificates.describe(certificate) + " is valid from " + validity.notBefore() + " to " + validity.notAfter()
                    + ", which does not include " + timeName + " " + time);
        }
    }
}
