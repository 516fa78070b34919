package eu.ecmr.accesspoint.signature;

import java.io.IOException;
import java.math.BigInteger;
import java.util.Arrays;

import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.DERSequence;

import eu.ecmr.accesspoint.common.AccessPointException;
import eu.ecmr.accesspoint.common.ProblemKind;

/**
 * Between JWS's fixed-length R||S (RFC 7518 s.3.4) and the DER {@code ECDSA-Sig-Value} a JCA
 * {@code Signature} expects (RFC 3279 s.2.2.3).
 */
final class EcdsaSignatures {

    private EcdsaSignatures() {
    }

    /**
     * Converts a JWS ECDSA signature to DER, refusing a wrong length and an R or S outside
     * [1, n-1]: the zero and the order n are the "psychic signatures" of CVE-2022-21449.
     */
    static byte[] toDer(JwsAlgorithm algorithm, byte[] concatenated) {
        int length = algorithm.ecdsaSignatureLength();
        if (concatenated.length != length) {
            throw invalid("an " + algorithm + " signature is R||S of exactly " + length
                    + " bytes (RFC 7518 s.3.4), this one has " + concatenated.length);
        }
        BigInteger order = algorithm.curve().getOrder();
        BigInteger r = new BigInteger(1, Arrays.copyOfRange(concatenated, 0, length / 2));
        BigInteger s = new BigInteger(1, Arrays.copyOfRange(concatenated, length / 2, length));
        if (!inRange(r, order) || !inRange(s, order)) {
            throw invalid("the ECDSA values R and S must lie between 1 and the curve order minus 1; this signature's do not");
        }
        try {
            return new DERSequence(new ASN1Integer[] {new ASN1Integer(r), new ASN1Integer(s)}).getEncoded(ASN1Encoding.DER);
        } catch (IOException e) {
            throw new IllegalStateException("DER encoding of two integers failed", e);
        }
    }

    /** The reverse of {@link #toDer}: DER {@code ECDSA-Sig-Value} to R||S of {@code length} bytes. */
    static byte[] toConcatenated(byte[] der, int length) {
        ASN1Sequence sequence = ASN1Sequence.getInstance(der);
        byte[] result = new byte[length];
        copyRightAligned(ASN1Integer.getInstance(sequence.getObjectAt(0)).getPositiveValue(), result, 0, length / 2);
        copyRightAligned(ASN1Integer.getInstance(sequence.getObjectAt(1)).getPositiveValue(), result, length / 2, length / 2);
        return result;
    }

    private static void copyRightAligned(BigInteger value, byte[] target, int offset, int width) {
        byte[] bytes = value.toByteArray();
        int start = bytes.length > width ? bytes.length - width : 0; // drop the sign byte
        int count = bytes.length - start;
        System.arraycopy(bytes, start, target, offset + width - count, count);
    }

    private static boolean inRange(BigInteger value, BigInteger order) {
        return value.signum() > 0 && value.compareTo(order) < 0;
    }

    private static AccessPointException invalid(String detail) {
        return AccessPointException.of(ProblemKind.SIGNATURE_INVALID, detail);
    }
}
