package eu.ecmr.accesspoint.rendering.seal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;

import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.signers.ECDSASigner;
import org.bouncycastle.crypto.signers.HMacDSAKCalculator;
import org.bouncycastle.crypto.util.PrivateKeyFactory;
import org.bouncycastle.operator.ContentSigner;

/**
 * ECDSA with SHA-256 whose nonce is derived from the key and the message (RFC 6979), so the same
 * document sealed twice gives the same bytes; verifiers see an ordinary ecdsa-with-SHA256 signature.
 * The key is converted once, so Bouncy Castle's precomputed multiples of the curve's generator are
 * reused by every signature instead of being rebuilt each time.
 */
final class DeterministicEcdsaSigner {

    private static final AlgorithmIdentifier ECDSA_WITH_SHA256 = new AlgorithmIdentifier(X9ObjectIdentifiers.ecdsa_with_SHA256);

    private final ECPrivateKeyParameters key;

    DeterministicEcdsaSigner(PrivateKey privateKey) {
        try {
            this.key = (ECPrivateKeyParameters) PrivateKeyFactory.createKey(privateKey.getEncoded());
        } catch (IOException | ClassCastException e) {
            throw new IllegalStateException("The seal key is not a usable EC private key", e);
        }
    }

    /** A signer for one signature; thread-safe as long as each thread takes its own. */
    ContentSigner newSigner() {
        return new ContentSigner() {
            private final ByteArrayOutputStream data = new ByteArrayOutputStream(512);

            @Override
            public AlgorithmIdentifier getAlgorithmIdentifier() {
                return ECDSA_WITH_SHA256;
            }

            @Override
            public OutputStream getOutputStream() {
                return data;
            }

            @Override
            public byte[] getSignature() {
                return sign(data.toByteArray());
            }
        };
    }

    private byte[] sign(byte[] data) {
        try {
            ECDSASigner signer = new ECDSASigner(new HMacDSAKCalculator(new SHA256Digest()));
            signer.init(true, key);
            BigInteger[] rs = signer.generateSignature(MessageDigest.getInstance("SHA-256").digest(data));
            // RFC 5758 s.3.2: ECDSA-Sig-Value ::= SEQUENCE { r INTEGER, s INTEGER }, DER.
            return new DERSequence(new ASN1Integer[] {new ASN1Integer(rs[0]), new ASN1Integer(rs[1])})
                    .getEncoded(ASN1Encoding.DER);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
