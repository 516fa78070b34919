package eu.ecmr.accesspoint.signature;

import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.security.auth.x500.X500Principal;

import com.fasterxml.jackson.databind.JsonNode;

import eu.ecmr.accesspoint.common.AccessPointException;
import eu.ecmr.accesspoint.common.ProblemKind;

/** The {@code x5c} (RFC 7515 s.4.1.6) and {@code x5t#S256} (RFC 7515 s.4.1.8) header parameters. */
final class CertificateChainHeader {

    /** More than any real chain (leaf, a few CAs, perhaps the root); bounds the parsing work per request. */
    static final int MAX_CERTIFICATES = 8;
    /** Certificates in service number in the thousands; past this many, start over rather than grow. */
    private static final int MAX_KEPT_CERTIFICATES = 4_096;
    /**
     * x5c entries decoded before, by their base64 text: a carrier sends the same chain with every
     * note, and decoding it (base64, DER, a re-encoding to compare) cost as much as the signature
     * check; the same certificate object also keeps its public key, and with it BC's precomputation
     * for the ECDSA check. Certificates are immutable and only successful decodings are kept.
     */
    private static final Map<String, X509Certificate> DECODED = new ConcurrentHashMap<>();

    private CertificateChainHeader() {
    }

    /** Decodes x5c: standard base64 (not base64url) DER certificates, leaf first, in issuing order. */
    static List<X509Certificate> decode(JsonNode x5c) {
        if (x5c == null) {
            throw invalid("x5c is required: the signer's certificate chain, leaf first, is where the key comes from");
        }
        if (!x5c.isArray() || x5c.isEmpty()) {
            throw invalid("x5c must be a non-empty array of base64 DER certificates (RFC 7515 s.4.1.6)");
        }
        if (x5c.size() > MAX_CERTIFICATES) {
            throw invalid("x5c holds " + x5c.size() + " certificates; at most " + MAX_CERTIFICATES + " are accepted");
        }
        List<X509Certificate> chain = new ArrayList<>(x5c.size());
        for (int i = 0; i < x5c.size(); i++) {
            chain.add(certificate(x5c.get(i), i));
        }
        requireOrder(chain);
        return List.copyOf(chain);
    }

    /**
     * RFC 7515 s.4.1.6: each certificate is followed by the one that certifies it. A chain whose
     * issuer comes later is refused here; one whose issuer is missing altogether is left to path
     * validation, which refuses it as untrusted: that is a missing intermediate, not a bad header.
     */
    private static void requireOrder(List<X509Certificate> chain) {
        for (int i = 1; i < chain.size(); i++) {
            X500Principal issuer = chain.get(i - 1).getIssuerX500Principal();
            if (issuer.equals(chain.get(i).getSubjectX500Principal())) {
                continue;
            }
            for (int later = i + 1; later < chain.size(); later++) {
                if (issuer.equals(chain.get(later).getSubjectX500Principal())) {
                    throw invalid("x5c is out of order: x5c[" + later + "] issued x5c[" + (i - 1) + "] and must directly"
                            + " follow it; each certificate must be followed by the one that certifies it (RFC 7515 s.4.1.6)");
                }
            }
        }
    }

    /** If x5t#S256 is present it must be the base64url SHA-256 of the leaf's DER. */
    static void checkThumbprint(JsonNode x5tS256, X509Certificate leaf) {
        if (x5tS256 == null) {
            return;
        }
        String expected = Base64Url.encode(X509Certificates.sha256(leaf));
        if (!x5tS256.isTextual() || !expected.equals(x5tS256.textValue())) {
            throw invalid("x5t#S256 is not the SHA-256 thumbprint of the leaf certificate in x5c (RFC 7515 s.4.1.8)");
        }
    }

    private static X509Certificate certificate(JsonNode entry, int index) {
        if (!entry.isTextual()) {
            throw invalid("x5c[" + index + "] is not a string");
        }
        X509Certificate known = DECODED.get(entry.textValue());
        if (known != null) {
            return known;
        }
        byte[] der;
        try {
            der = Base64.getDecoder().decode(entry.textValue());
        } catch (IllegalArgumentException e) {
            throw invalid("x5c[" + index + "] is not standard base64 (RFC 7515 s.4.1.6: not base64url)");
        }
        X509Certificate decoded = X509Certificates.fromDer(der)
                .orElseThrow(() -> invalid("x5c[" + index + "] is not a DER-encoded X.509 certificate"));
        if (DECODED.size() >= MAX_KEPT_CERTIFICATES) {
            DECODED.clear();
        }
        DECODED.put(entry.textValue(), decoded);
        return decoded;
    }

    private static AccessPointException invalid(String detail) {
        return AccessPointException.of(ProblemKind.INVALID_HEADER, detail);
    }
}
