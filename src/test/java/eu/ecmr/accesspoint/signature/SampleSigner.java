package eu.ecmr.accesspoint.signature;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPrivateKey;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.util.Base64;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jose.util.JSONObjectUtils;

/**
 * Signs payloads the way a carrier's software would, with nimbus-jose-jwt (an independent JOSE
 * library, so the verifier is never checked against itself) and the demo keys of {@code certs-sample/}
 * (password {@code changeit}, alias = file base name).
 *
 * <pre>{@code
 * String jws  = SampleSigner.carrierA().sign(payload);                      // compact, for application/jose
 * String json = SampleSigner.carrierB().algorithm(JWSAlgorithm.RS256).flattened(payload); // application/jose+json
 * String bad  = SampleSigner.carrierA().withHeader("jku", "https://evil.example").sign(payload);
 * }</pre>
 *
 * Defaults: alg ES256/ES384/ES512 by curve for EC keys, PS256 for RSA; {@code x5c} = the whole chain
 * of the .p12 (leaf, issuing CA, root); {@code sigT} = now, whole seconds; {@code crit: ["sigT"]}.
 * Without header edits the whole JWS is nimbus's ({@code JWSHeader.Builder}, {@code JWSObject});
 * with edits the header is nimbus's JSON of the edited parameters and the signature is still
 * nimbus's, over exactly the header sent. Immutable: every option returns a new signer.
 */
public final class SampleSigner {

    /** Where the demo PKI lives, relative to the project directory (Maven runs tests there). */
    public static final Path SAMPLE_DIR = Path.of("certs-sample");
    public static final String PASSWORD = "changeit";

    private final PrivateKey key;
    private List<X509Certificate> x5c;
    private JWSAlgorithm algorithm;
    private Instant signingTime;
    private Map<String, Object> headerEdits = new LinkedHashMap<>();
    private Set<String> removedHeaders = new HashSet<>();
    private Map<String, Object> unprotectedHeader = new LinkedHashMap<>();
    private String rawProtectedHeader;
    private Provider provider;

    private SampleSigner(PrivateKey key, List<X509Certificate> chain) {
        this.key = key;
        this.x5c = List.copyOf(chain);
        this.algorithm = defaultAlgorithm(key);
    }

    public static SampleSigner carrierA() {
        return load("carrier-a");
    }

    public static SampleSigner carrierB() {
        return load("carrier-b");
    }

    /**
     * Loads {@code certs-sample/<baseName>.p12}: carrier-a, carrier-b, carrier-a-expired, carrier-a-no-signing,
     * carrier-a-revoked, untrusted, seal, tsa.
     */
    public static SampleSigner load(String baseName) {
        try (InputStream in = Files.newInputStream(SAMPLE_DIR.resolve(baseName + ".p12"))) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, PASSWORD.toCharArray());
            PrivateKey key = (PrivateKey) store.getKey(baseName, PASSWORD.toCharArray());
            List<X509Certificate> chain = new ArrayList<>();
            for (Certificate certificate : store.getCertificateChain(baseName)) {
                chain.add((X509Certificate) certificate);
            }
            return new SampleSigner(key, chain);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot load " + baseName + ".p12 from " + SAMPLE_DIR.toAbsolutePath(), e);
        }
    }

    /** A signer for any key and chain (leaf first), e.g. one generated in a test. */
    public static SampleSigner of(PrivateKey key, List<X509Certificate> chain) {
        return new SampleSigner(key, chain);
    }

    public SampleSigner algorithm(JWSAlgorithm algorithm) {
        SampleSigner copy = copy();
        copy.algorithm = algorithm;
        return copy;
    }

    public SampleSigner signingTime(Instant signingTime) {
        SampleSigner copy = copy();
        copy.signingTime = signingTime;
        return copy;
    }

    /** The certificates sent as x5c, leaf first; the signing key stays the same. */
    public SampleSigner x5c(List<X509Certificate> certificates) {
        SampleSigner copy = copy();
        copy.x5c = List.copyOf(certificates);
        return copy;
    }

    /** Sets or replaces a protected header parameter, including alg, x5c, sigT or crit; any JSON value. */
    public SampleSigner withHeader(String name, Object value) {
        SampleSigner copy = copy();
        copy.removedHeaders.remove(name);
        copy.headerEdits.put(name, value);
        return copy;
    }

    /** Leaves a protected header parameter out, e.g. {@code withoutHeader("x5c")}. */
    public SampleSigner withoutHeader(String name) {
        SampleSigner copy = copy();
        copy.headerEdits.remove(name);
        copy.removedHeaders.add(name);
        return copy;
    }

    /** Adds a parameter to the unprotected {@code header} of the flattened serialization. */
    public SampleSigner withUnprotectedHeader(String name, Object value) {
        SampleSigner copy = copy();
        copy.unprotectedHeader.put(name, value);
        return copy;
    }

    /** Sends exactly this JSON text as the protected header (for what no map can hold, e.g. duplicate names). */
    public SampleSigner rawProtectedHeader(String json) {
        SampleSigner copy = copy();
        copy.rawProtectedHeader = json;
        return copy;
    }

    /** The JCA provider nimbus signs with; default the platform's (which cannot sign on, e.g., secp256k1). */
    public SampleSigner provider(Provider provider) {
        SampleSigner copy = copy();
        copy.provider = provider;
        return copy;
    }

    /** Compact serialization (RFC 7515 s.7.1), for {@code application/jose}. */
    public String sign(byte[] payload) {
        String[] parts = parts(payload);
        return parts[0] + "." + parts[1] + "." + parts[2];
    }

    public String sign(String payload) {
        return sign(payload.getBytes(StandardCharsets.UTF_8));
    }

    /** Flattened JSON serialization (RFC 7515 s.7.2.2), for {@code application/jose+json}. */
    public String flattened(byte[] payload) {
        String[] parts = parts(payload);
        Map<String, Object> jws = new LinkedHashMap<>();
        jws.put("protected", parts[0]);
        if (!unprotectedHeader.isEmpty()) {
            jws.put("header", unprotectedHeader);
        }
        jws.put("payload", parts[1]);
        jws.put("signature", parts[2]);
        return JSONObjectUtils.toJSONString(jws);
    }

    public String flattened(String payload) {
        return flattened(payload.getBytes(StandardCharsets.UTF_8));
    }

    /** The protected header parameters this signer would send, for hand-crafting forged tokens. */
    public Map<String, Object> protectedHeader() {
        Map<String, Object> parameters = new LinkedHashMap<>(nimbusHeader().toJSONObject());
        parameters.putAll(headerEdits);
        parameters.keySet().removeAll(removedHeaders);
        return parameters;
    }

    public X509Certificate leaf() {
        return x5c.get(0);
    }

    public List<X509Certificate> chain() {
        return x5c;
    }

    /** Base64url without padding, as JWS needs it. */
    public static String base64Url(byte[] bytes) {
        return Base64URL.encode(bytes).toString();
    }

    public static String json(Map<String, ?> object) {
        return JSONObjectUtils.toJSONString(object);
    }

    private String[] parts(byte[] payload) {
        JWSHeader header = nimbusHeader();
        try {
            if (headerEdits.isEmpty() && removedHeaders.isEmpty() && rawProtectedHeader == null) {
                JWSObject jws = new JWSObject(header, new Payload(payload));
                jws.sign(signer());
                return jws.serialize().split("\\.", -1);
            }
            String headerJson = rawProtectedHeader != null ? rawProtectedHeader : json(protectedHeader());
            String protectedPart = base64Url(headerJson.getBytes(StandardCharsets.UTF_8));
            String payloadPart = base64Url(payload);
            byte[] signingInput = (protectedPart + "." + payloadPart).getBytes(StandardCharsets.US_ASCII);
            return new String[] {protectedPart, payloadPart, signer().sign(header, signingInput).toString()};
        } catch (JOSEException e) {
            throw new IllegalStateException("nimbus could not sign with " + algorithm, e);
        }
    }

    private JWSHeader nimbusHeader() {
        List<Base64> chain = new ArrayList<>();
        for (X509Certificate certificate : x5c) {
            try {
                chain.add(Base64.encode(certificate.getEncoded()));
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }
        Instant sigT = signingTime != null ? signingTime : Instant.now().truncatedTo(ChronoUnit.SECONDS);
        return new JWSHeader.Builder(algorithm)
                .x509CertChain(chain)
                .criticalParams(Set.of("sigT"))
                .customParam("sigT", sigT.toString())
                .build();
    }

    private JWSSigner signer() throws JOSEException {
        JWSSigner signer = key instanceof ECPrivateKey ec ? new ECDSASigner(ec) : new RSASSASigner(key, true); // true: allow short test keys
        if (provider != null) {
            signer.getJCAContext().setProvider(provider);
        }
        return signer;
    }

    private static JWSAlgorithm defaultAlgorithm(PrivateKey key) {
        if (!(key instanceof ECPrivateKey ec)) {
            return JWSAlgorithm.PS256;
        }
        return switch (ec.getParams().getCurve().getField().getFieldSize()) {
            case 384 -> JWSAlgorithm.ES384;
            case 521 -> JWSAlgorithm.ES512;
            default -> JWSAlgorithm.ES256;
        };
    }

    private SampleSigner copy() {
        SampleSigner copy = new SampleSigner(key, x5c);
        copy.algorithm = algorithm;
        copy.signingTime = signingTime;
        copy.headerEdits = new LinkedHashMap<>(headerEdits);
        copy.removedHeaders = new HashSet<>(removedHeaders);
        copy.unprotectedHeader = new LinkedHashMap<>(unprotectedHeader);
        copy.rawProtectedHeader = rawProtectedHeader;
        copy.provider = provider;
        return copy;
    }
}
