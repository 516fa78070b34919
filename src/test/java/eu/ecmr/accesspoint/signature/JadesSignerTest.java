package eu.ecmr.accesspoint.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.util.JSONObjectUtils;

/**
 * The toolkit's signer, checked by the Access Point's own verifier and, independently, by
 * nimbus-jose-jwt, with the demo carriers' keys.
 */
class JadesSignerTest {

    private static final Instant SIGNING_TIME = VerifierFixture.NOW.minus(Duration.ofMinutes(1));

    @Test
    void compactSignatureIsAcceptedByTheVerifier() {
        String jws = signer("carrier-a", null).sign(VerifierFixture.PAYLOAD, JwsSerialization.COMPACT, SIGNING_TIME);

        VerifiedSignature verified = VerifierFixture.verifyCompact(jws);

        assertThat(verified.payload()).isEqualTo(VerifierFixture.PAYLOAD);
        assertThat(verified.signingTime()).isEqualTo(SIGNING_TIME);
        assertThat(verified.signer().organizationIdentifier()).contains("VATNL-NL000000001B01");
    }

    @Test
    void flattenedSignatureIsAcceptedByTheVerifier() {
        String jws = signer("carrier-b", null).sign(VerifierFixture.PAYLOAD, JwsSerialization.FLATTENED_JSON, SIGNING_TIME);

        assertThat(VerifierFixture.verifyFlattened(jws).signer().organizationIdentifier()).contains("VATBE-BE0000000002");
    }

    @Test
    void anotherJoseLibraryVerifiesTheSignatureAndReadsTheJadesHeader() throws Exception {
        JadesSigner signer = signer("carrier-a", null);
        JWSObject jws = JWSObject.parse(signer.sign(VerifierFixture.PAYLOAD, JwsSerialization.COMPACT, SIGNING_TIME));

        assertThat(jws.verify(nimbusVerifier(signer.leaf()))).isTrue();
        assertThat(jws.getHeader().getCriticalParams()).containsExactly("sigT");
        assertThat(jws.getHeader().getCustomParam("sigT")).isEqualTo(SIGNING_TIME.toString());
        assertThat(jws.getHeader().getX509CertSHA256Thumbprint()).isNotNull();
        assertThat(jws.getHeader().getX509CertChain()).hasSizeGreaterThan(1);
        assertThat(JSONObjectUtils.parse(jws.getPayload().toString())).containsKey("ecmrNumber");
    }

    @Test
    void signsWithTheAlgorithmAsked() {
        JadesSigner signer = signer("carrier-b", "PS384");
        String jws = signer.sign(VerifierFixture.PAYLOAD, JwsSerialization.COMPACT, SIGNING_TIME);

        assertThat(VerifierFixture.verifyCompact(jws).algorithm()).hasToString("PS384");
    }

    @Test
    void refusesAnAlgorithmThatDoesNotFitTheKey() {
        assertThatThrownBy(() -> signer("carrier-a", "RS256"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("RSA key");
    }

    @Test
    void refusesAnAlgorithmTheAccessPointDoesNotAccept() {
        assertThatThrownBy(() -> signer("carrier-a", "HS256"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not accepted");
    }

    private static JWSVerifier nimbusVerifier(X509Certificate leaf) throws Exception {
        // sigT is the one critical parameter the caller processes itself (RFC 7515 s.4.1.11).
        return leaf.getPublicKey() instanceof ECPublicKey ec ? new ECDSAVerifier(ec, Set.of("sigT"))
                : new RSASSAVerifier((RSAPublicKey) leaf.getPublicKey(), Set.of("sigT"));
    }

    static JadesSigner signer(String baseName, String algorithm) {
        try (InputStream in = Files.newInputStream(SampleSigner.SAMPLE_DIR.resolve(baseName + ".p12"))) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, SampleSigner.PASSWORD.toCharArray());
            List<X509Certificate> chain = new ArrayList<>();
            for (Certificate certificate : store.getCertificateChain(baseName)) {
                chain.add((X509Certificate) certificate);
            }
            return JadesSigner.of((PrivateKey) store.getKey(baseName, SampleSigner.PASSWORD.toCharArray()), chain, algorithm);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot read certs-sample/" + baseName + ".p12", e);
        }
    }
}
