package eu.ecmr.accesspoint.signature;

import static eu.ecmr.accesspoint.common.ProblemKind.UNSUPPORTED_ALGORITHM;
import static eu.ecmr.accesspoint.signature.VerifierFixture.NOW;
import static eu.ecmr.accesspoint.signature.VerifierFixture.PAYLOAD;
import static eu.ecmr.accesspoint.signature.VerifierFixture.assertRefused;
import static eu.ecmr.accesspoint.signature.VerifierFixture.assertRefusedCompact;
import static eu.ecmr.accesspoint.signature.VerifierFixture.carrierA;
import static eu.ecmr.accesspoint.signature.VerifierFixture.carrierB;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.nimbusds.jose.JWSAlgorithm;

class RefusesUnacceptableAlgorithmsTest {

    @Test
    void refusesAlgNone() {
        Map<String, Object> header = carrierA().protectedHeader();
        header.put("alg", "none");
        String unsecured = SampleSigner.base64Url(SampleSigner.json(header).getBytes(StandardCharsets.UTF_8))
                + "." + SampleSigner.base64Url(PAYLOAD) + ".";
        assertRefusedCompact(UNSUPPORTED_ALGORITHM, "alg 'none' is not accepted", unsecured);
    }

    /** The classic confusion: an HMAC keyed with the public key, hoping the verifier uses it as a secret. */
    @Test
    void refusesHs256KeyedWithTheSignersPublicKey() throws Exception {
        SampleSigner signer = carrierA();
        Map<String, Object> header = signer.protectedHeader();
        header.put("alg", "HS256");
        String signingInput = SampleSigner.base64Url(SampleSigner.json(header).getBytes(StandardCharsets.UTF_8))
                + "." + SampleSigner.base64Url(PAYLOAD);
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(signer.leaf().getPublicKey().getEncoded(), "HmacSHA256"));
        byte[] tag = mac.doFinal(signingInput.getBytes(StandardCharsets.US_ASCII));

        assertRefusedCompact(UNSUPPORTED_ALGORITHM, "alg 'HS256' is not accepted", signingInput + "." + SampleSigner.base64Url(tag));
    }

    @ParameterizedTest
    @ValueSource(strings = {"HS384", "HS512", "es256", "ES256K", "EdDSA", "RS512"})
    void refusesAlgorithmsOutsideTheAllowList(String alg) {
        assertRefusedCompact(UNSUPPORTED_ALGORITHM, "alg '" + alg + "' is not accepted", carrierA().withHeader("alg", alg).sign(PAYLOAD));
    }

    @Test
    void refusesAMissingAlg() {
        assertRefusedCompact(UNSUPPORTED_ALGORITHM, "needs 'alg'", carrierA().withoutHeader("alg").sign(PAYLOAD));
    }

    @Test
    void refusesAnAlgThatIsNotAString() {
        assertRefusedCompact(UNSUPPORTED_ALGORITHM, "needs 'alg'", carrierA().withHeader("alg", List.of("ES256")).sign(PAYLOAD));
    }

    @Test
    void refusesEs256WithAnRsaLeaf() {
        // Carrier A's EC key signs, but x5c names carrier B's RSA certificate.
        String jws = carrierA().x5c(carrierB().chain()).sign(PAYLOAD);
        assertRefusedCompact(UNSUPPORTED_ALGORITHM, "ES256 needs an EC key on curve P-256, but the leaf certificate holds an RSA key", jws);
    }

    @Test
    void refusesPs256WithAnEcLeaf() {
        String jws = carrierB().x5c(carrierA().chain()).sign(PAYLOAD);
        assertRefusedCompact(UNSUPPORTED_ALGORITHM, "PS256 needs an RSA key", jws);
    }

    @Test
    void refusesEs384WithAP256Key() {
        assertRefusedCompact(UNSUPPORTED_ALGORITHM, "ES384 needs an EC key on curve P-384", carrierA().withHeader("alg", "ES384").sign(PAYLOAD));
    }

    @Test
    void refusesEs256WithAnotherCurveOfTheSameSize() throws Exception {
        KeyPair keys = GeneratedCertificates.ecKeyPair("secp256k1");
        X509Certificate certificate = GeneratedCertificates.selfSigned(keys, "Koblitz", NOW);
        String jws = SampleSigner.of(keys.getPrivate(), List.of(certificate)).algorithm(JWSAlgorithm.ES256K)
                .provider(BouncyCastle.PROVIDER).signingTime(NOW).withHeader("alg", "ES256").sign(PAYLOAD);

        assertRefused(UNSUPPORTED_ALGORITHM, "ES256 needs an EC key on curve P-256", () -> VerifierFixture
                .verifierTrusting(List.of(certificate)).verify(jws.getBytes(StandardCharsets.US_ASCII), JwsSerialization.COMPACT));
    }

    @Test
    void refusesAnRsaKeyShorterThan2048Bits() throws Exception {
        KeyPair keys = GeneratedCertificates.rsaKeyPair(1024);
        X509Certificate certificate = GeneratedCertificates.selfSigned(keys, "Short RSA", NOW);
        String jws = SampleSigner.of(keys.getPrivate(), List.of(certificate)).signingTime(NOW).sign(PAYLOAD);

        assertRefused(UNSUPPORTED_ALGORITHM, "an RSA key of 1024 bits", () -> VerifierFixture
                .verifierTrusting(List.of(certificate)).verify(jws.getBytes(StandardCharsets.US_ASCII), JwsSerialization.COMPACT));
    }
}
