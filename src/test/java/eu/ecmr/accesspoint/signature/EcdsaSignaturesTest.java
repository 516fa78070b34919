package eu.ecmr.accesspoint.signature;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.Signature;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import eu.ecmr.accesspoint.common.AccessPointException;
import eu.ecmr.accesspoint.common.ProblemKind;

class EcdsaSignaturesTest {

    @ParameterizedTest
    @CsvSource({"ES256, secp256r1", "ES384, secp384r1", "ES512, secp521r1"})
    void convertsBetweenDerAndFixedLengthRs(JwsAlgorithm algorithm, String curve) throws Exception {
        KeyPair keys = GeneratedCertificates.ecKeyPair(curve);
        for (int i = 0; i < 20; i++) { // short R or S (leading zero bytes) turn up within a few tries
            Signature signer = Signature.getInstance(algorithm.jcaName(), BouncyCastle.PROVIDER);
            signer.initSign(keys.getPrivate());
            signer.update(new byte[] {(byte) i});
            byte[] der = signer.sign();

            byte[] concatenated = EcdsaSignatures.toConcatenated(der, algorithm.ecdsaSignatureLength());

            assertEquals(algorithm.ecdsaSignatureLength(), concatenated.length);
            assertArrayEquals(der, EcdsaSignatures.toDer(algorithm, concatenated));
        }
    }

    @ParameterizedTest
    @CsvSource({"0, 1", "1, 0", "n, 1", "1, n"})
    void refusesValuesOutsideOneToOrderMinusOne(String r, String s) {
        BigInteger n = JwsAlgorithm.ES256.curve().getOrder();
        byte[] rs = new byte[64];
        place(r.equals("n") ? n : new BigInteger(r), rs, 0);
        place(s.equals("n") ? n : new BigInteger(s), rs, 32);

        AccessPointException refusal = assertThrows(AccessPointException.class, () -> EcdsaSignatures.toDer(JwsAlgorithm.ES256, rs));
        assertEquals(ProblemKind.SIGNATURE_INVALID, refusal.kind());
    }

    private static void place(BigInteger value, byte[] target, int offset) {
        byte[] bytes = value.toByteArray();
        int start = bytes.length > 32 ? bytes.length - 32 : 0;
        System.arraycopy(bytes, start, target, offset + 32 - (bytes.length - start), bytes.length - start);
    }
}
