package eu.ecmr.accesspoint.signature;

import java.security.GeneralSecurityException;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;

import eu.ecmr.accesspoint.common.AccessPointException;
import eu.ecmr.accesspoint.common.ProblemKind;

/** Checks the JWS signature value over the signing input as received (RFC 7515 s.5.2 step 8). */
final class SignatureValueCheck {

    private SignatureValueCheck() {
    }

    /** Call only after {@link JwsAlgorithm#requireMatchingKey}: the key type is taken as settled. */
    static void verify(JwsAlgorithm algorithm, PublicKey key, byte[] signingInput, byte[] jwsSignature) {
        byte[] value = algorithm.isEcdsa()
                ? EcdsaSignatures.toDer(algorithm, jwsSignature)
                : requireModulusLength((RSAPublicKey) key, algorithm, jwsSignature);
        boolean valid;
        try {
            // A Signature is stateful and not thread-safe; getInstance on a provider instance is cheap.
            Signature verifier = Signature.getInstance(algorithm.jcaName(), BouncyCastle.PROVIDER);
            verifier.initVerify(key);
            verifier.update(signingInput);
            valid = verifier.verify(value);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Bouncy Castle lacks " + algorithm.jcaName(), e);
        } catch (GeneralSecurityException e) {
            valid = false; // a value the provider cannot even parse is simply not a valid signature
        }
        if (!valid) {
            throw AccessPointException.of(ProblemKind.SIGNATURE_INVALID, "the " + algorithm
                    + " signature does not verify with the leaf certificate's key over the header and payload as received");
        }
    }

    /** RFC 8017 s.8.1.2 / s.8.2.2 step 1: an RSA signature is exactly as long as the modulus. */
    private static byte[] requireModulusLength(RSAPublicKey key, JwsAlgorithm algorithm, byte[] signature) {
        int length = (key.getModulus().bitLength() + 7) / 8;
        if (signature.length != length) {
            throw AccessPointException.of(ProblemKind.SIGNATURE_INVALID, "the " + algorithm + " signature for this key must be exactly "
                    + length + " bytes (RFC 8017 s.8.2.2), this one has " + signature.length);
        }
        return signature;
    }
}
