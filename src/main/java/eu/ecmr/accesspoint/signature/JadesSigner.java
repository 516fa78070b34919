package eu.ecmr.accesspoint.signature;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Makes the JAdES baseline-B signature (ETSI TS 119 182-1) that {@link JadesBaselineBVerifier}
 * accepts, as a carrier's software would: protected header {@code alg}, {@code x5c} (the whole
 * chain, leaf first), {@code x5t#S256} (the signing certificate reference, s.5.1.7), {@code sigT}
 * (s.5.2.1) named in {@code crit}, and the document as attached payload. Uses the verifier's own
 * algorithm table, so it never picks an {@code alg} the Access Point would refuse.
 */
public final class JadesSigner {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final PrivateKey key;
    private final List<X509Certificate> chain;
    private final JwsAlgorithm algorithm;

    private JadesSigner(PrivateKey key, List<X509Certificate> chain, JwsAlgorithm algorithm) {
        this.key = key;
        this.chain = List.copyOf(chain);
        this.algorithm = algorithm;
    }

    /**
     * @param algorithm an accepted {@code alg} name, or null for the key's natural one (ES256/384/512
     *                  by curve, PS256 for RSA)
     * @throws IllegalArgumentException for an {@code alg} that is not accepted or does not fit the key
     */
    public static JadesSigner of(PrivateKey key, List<X509Certificate> chain, String algorithm) {
        if (chain.isEmpty()) {
            throw new IllegalArgumentException("the signing key has no certificate");
        }
        JwsAlgorithm chosen = algorithm == null ? naturalAlgorithm(chain.get(0)) : JwsAlgorithm.named(algorithm)
                .orElseThrow(() -> new IllegalArgumentException("alg " + algorithm
                        + " is not accepted; use one of ES256, ES384, ES512, PS256, PS384, PS512, RS256"));
        try {
            chosen.requireMatchingKey(chain.get(0).getPublicKey());
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        return new JadesSigner(key, chain, chosen);
    }

    public String algorithm() {
        return algorithm.name();
    }

    public X509Certificate leaf() {
        return chain.get(0);
    }

    /** The JWS over {@code payload} in {@code serialization}, claiming {@code signingTime} (whole seconds, UTC). */
    public String sign(byte[] payload, JwsSerialization serialization, Instant signingTime) {
        String header = Base64Url.encode(protectedHeader(signingTime).toString().getBytes(StandardCharsets.UTF_8));
        String body = Base64Url.encode(payload);
        String signature = Base64Url.encode(signatureValue((header + "." + body).getBytes(StandardCharsets.US_ASCII)));
        if (serialization == JwsSerialization.COMPACT) {
            return header + "." + body + "." + signature;
        }
        ObjectNode flattened = JSON.createObjectNode(); // RFC 7515 s.7.2.2
        flattened.put("protected", header).put("payload", body).put("signature", signature);
        return flattened.toString();
    }

    private ObjectNode protectedHeader(Instant signingTime) {
        ObjectNode header = JSON.createObjectNode();
        header.put("alg", algorithm.name());
        var x5c = header.putArray("x5c"); // RFC 7515 s.4.1.6: standard base64 DER, not base64url
        for (X509Certificate certificate : chain) {
            x5c.add(Base64.getEncoder().encodeToString(der(certificate)));
        }
        header.put("x5t#S256", Base64Url.encode(X509Certificates.sha256(leaf())));
        header.put("sigT", signingTime.truncatedTo(ChronoUnit.SECONDS).toString());
        header.putArray("crit").add("sigT");
        return header;
    }

    private byte[] signatureValue(byte[] signingInput) {
        try {
            Signature signer = Signature.getInstance(algorithm.jcaName(), BouncyCastle.PROVIDER);
            signer.initSign(key);
            signer.update(signingInput);
            byte[] value = signer.sign();
            // RFC 7518 s.3.4: JWS carries R||S, not the DER the JCA produces.
            return algorithm.isEcdsa() ? EcdsaSignatures.toConcatenated(value, algorithm.ecdsaSignatureLength()) : value;
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("cannot sign with " + algorithm + ": " + e.getMessage(), e);
        }
    }

    private static JwsAlgorithm naturalAlgorithm(X509Certificate leaf) {
        for (JwsAlgorithm candidate : List.of(JwsAlgorithm.ES256, JwsAlgorithm.ES384, JwsAlgorithm.ES512)) {
            try {
                candidate.requireMatchingKey(leaf.getPublicKey());
                return candidate;
            } catch (RuntimeException notThisCurve) {
                // try the next curve
            }
        }
        return JwsAlgorithm.PS256;
    }

    private static byte[] der(X509Certificate certificate) {
        try {
            return certificate.getEncoded();
        } catch (CertificateEncodingException e) {
            throw new IllegalArgumentException("the certificate cannot be encoded", e);
        }
    }
}
