package eu.ecmr.accesspoint.signature;

import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.util.Optional;

import eu.ecmr.accesspoint.common.AccessPointException;
import eu.ecmr.accesspoint.common.ProblemKind;

/**
 * The {@code alg} values the Access Point accepts (contract; RFC 7518 s.3.1), with the Bouncy
 * Castle algorithm that verifies each and the only key that may be used with it. Anything not
 * listed ({@code none}, the HMACs, ...) is refused, and so is a key of the wrong type or curve:
 * the algorithm must never be chosen by the key, nor the key by the algorithm.
 */
enum JwsAlgorithm {
    ES256("SHA256withECDSA", "secp256r1", "P-256"),
    ES384("SHA384withECDSA", "secp384r1", "P-384"),
    ES512("SHA512withECDSA", "secp521r1", "P-521"),
    // RFC 7518 s.3.5: MGF1 with the same hash, salt as long as the hash; BC's defaults for these names.
    PS256("SHA256withRSAandMGF1", null, null),
    PS384("SHA384withRSAandMGF1", null, null),
    PS512("SHA512withRSAandMGF1", null, null),
    RS256("SHA256withRSA", null, null);

    /** RFC 7518 s.3.3, s.3.5: RSA keys must be at least this long. */
    static final int MIN_RSA_BITS = 2048;

    private final String jcaName;
    private final String curveName;
    private final ECParameterSpec curve;

    JwsAlgorithm(String jcaName, String stdCurve, String curveName) {
        this.jcaName = jcaName;
        this.curveName = curveName;
        this.curve = stdCurve == null ? null : curve(stdCurve);
    }

    /** Case-sensitive, as JWS names are (RFC 7515 s.4.1.1). */
    static Optional<JwsAlgorithm> named(String name) {
        for (JwsAlgorithm algorithm : values()) {
            if (algorithm.name().equals(name)) {
                return Optional.of(algorithm);
            }
        }
        return Optional.empty();
    }

    String jcaName() {
        return jcaName;
    }

    boolean isEcdsa() {
        return curve != null;
    }

    /** The curve's parameters; null for RSA. */
    ECParameterSpec curve() {
        return curve;
    }

    /** RFC 7518 s.3.4: R and S, each as long as the curve's field, so 64, 96 or 132 bytes. */
    int ecdsaSignatureLength() {
        return 2 * ((curve.getCurve().getField().getFieldSize() + 7) / 8);
    }

    void requireMatchingKey(PublicKey key) {
        boolean matches = isEcdsa()
                ? key instanceof ECPublicKey ec && sameCurve(ec.getParams())
                : key instanceof RSAPublicKey rsa && rsa.getModulus().bitLength() >= MIN_RSA_BITS;
        if (!matches) {
            String needed = isEcdsa() ? "an EC key on curve " + curveName : "an RSA key of at least " + MIN_RSA_BITS + " bits";
            throw AccessPointException.of(ProblemKind.UNSUPPORTED_ALGORITHM,
                    name() + " needs " + needed + ", but the leaf certificate holds " + describe(key));
        }
    }

    private boolean sameCurve(ECParameterSpec other) {
        // Field size alone would let secp256k1 or brainpoolP256r1 pass as P-256.
        return other != null
                && curve.getCurve().equals(other.getCurve())
                && curve.getGenerator().equals(other.getGenerator())
                && curve.getOrder().equals(other.getOrder())
                && curve.getCofactor() == other.getCofactor();
    }

    private static String describe(PublicKey key) {
        if (key instanceof ECPublicKey ec) {
            return "an EC key of " + ec.getParams().getCurve().getField().getFieldSize() + " bits on another curve";
        }
        if (key instanceof RSAPublicKey rsa) {
            return "an RSA key of " + rsa.getModulus().bitLength() + " bits";
        }
        return "a " + key.getAlgorithm() + " key";
    }

    private static ECParameterSpec curve(String stdName) {
        try {
            AlgorithmParameters parameters = AlgorithmParameters.getInstance("EC");
            parameters.init(new ECGenParameterSpec(stdName));
            return parameters.getParameterSpec(ECParameterSpec.class);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the Java platform does not know the curve " + stdName, e);
        }
    }
}
