package eu.ecmr.accesspoint.signature;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;

/**
 * A JWS taken apart and its header accepted by the JAdES header policy, but not yet verified:
 * what {@link JadesSignatureSteps} works on. Nothing here is vouched for until the steps say so.
 */
public final class JadesSignature {

    final ParsedJws jws;
    final JadesHeader header;

    JadesSignature(ParsedJws jws, JadesHeader header) {
        this.jws = jws;
        this.header = header;
    }

    /** The attached payload, decoded: the e-CMR document as signed. */
    public byte[] payload() {
        return jws.payload().clone();
    }

    /** The {@code alg} header parameter, such as ES256. */
    public String algorithm() {
        return header.algorithm().name();
    }

    /** The {@code sigT} header parameter: the claimed signing time. */
    public Instant signingTime() {
        return header.signingTime();
    }

    /** The {@code x5c} header parameter, leaf first, as sent. */
    public List<X509Certificate> x5c() {
        return header.chain();
    }

    public X509Certificate leaf() {
        return header.leaf();
    }

    /** Who the leaf certificate names. */
    public SignerIdentity signer() {
        return SignerIdentities.of(header.leaf());
    }

    /** The leaf's subject, quoted, for messages. */
    public String describeLeaf() {
        return X509Certificates.describe(header.leaf());
    }
}
