package eu.ecmr.accesspoint.signature;

import static eu.ecmr.accesspoint.signature.VerifierFixture.ISSUING_CA;
import static eu.ecmr.accesspoint.signature.VerifierFixture.NOW;
import static eu.ecmr.accesspoint.signature.VerifierFixture.PAYLOAD;
import static eu.ecmr.accesspoint.signature.VerifierFixture.ROOT;
import static eu.ecmr.accesspoint.signature.VerifierFixture.carrierA;
import static eu.ecmr.accesspoint.signature.VerifierFixture.carrierB;
import static eu.ecmr.accesspoint.signature.VerifierFixture.verifyCompact;
import static eu.ecmr.accesspoint.signature.VerifierFixture.verifyFlattened;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import com.nimbusds.jose.JWSAlgorithm;

class AcceptsValidSignaturesTest {

    @Test
    void acceptsEs256CompactFromCarrierA() {
        SampleSigner signer = carrierA();
        VerifiedSignature verified = verifyCompact(signer.sign(PAYLOAD));

        assertArrayEquals(PAYLOAD, verified.payload());
        assertEquals("ES256", verified.algorithm());
        assertEquals(NOW, verified.signingTime());
        assertEquals(List.of(signer.leaf(), ISSUING_CA, ROOT), verified.chain());
    }

    @Test
    void acceptsEs256FlattenedFromCarrierA() {
        VerifiedSignature verified = verifyFlattened(carrierA().flattened(PAYLOAD));

        assertArrayEquals(PAYLOAD, verified.payload());
        assertEquals("ES256", verified.algorithm());
    }

    @Test
    void acceptsFlattenedWithKidInTheUnprotectedHeader() {
        VerifiedSignature verified = verifyFlattened(carrierA().withUnprotectedHeader("kid", "carrier-a-2026").flattened(PAYLOAD));

        assertArrayEquals(PAYLOAD, verified.payload());
    }

    @ParameterizedTest
    @ValueSource(strings = {"PS256", "PS384", "PS512", "RS256"})
    void acceptsRsaAlgorithmsFromCarrierB(String algorithm) {
        VerifiedSignature verified = verifyCompact(carrierB().algorithm(JWSAlgorithm.parse(algorithm)).sign(PAYLOAD));

        assertEquals(algorithm, verified.algorithm());
        assertEquals("VATBE-BE0000000002", verified.signer().organizationIdentifier());
    }

    @ParameterizedTest
    @CsvSource({"secp384r1, ES384", "secp521r1, ES512"})
    void acceptsLargerCurvesWithTheirAlgorithms(String curve, String algorithm) throws Exception {
        KeyPair keys = GeneratedCertificates.ecKeyPair(curve);
        X509Certificate certificate = GeneratedCertificates.selfSigned(keys, "Carrier " + algorithm, NOW);
        String jws = SampleSigner.of(keys.getPrivate(), List.of(certificate)).signingTime(NOW).sign(PAYLOAD);

        VerifiedSignature verified = VerifierFixture.verifierTrusting(List.of(certificate))
                .verify(jws.getBytes(), JwsSerialization.COMPACT);

        assertEquals(algorithm, verified.algorithm());
    }

    @Test
    void reportsTheSignerFromTheLeafCertificate() {
        SampleSigner signer = carrierA();
        SignerIdentity identity = verifyCompact(signer.sign(PAYLOAD)).signer();

        assertEquals("CN=Carrier A Transport Seal,organizationIdentifier=VATNL-NL000000001B01,O=Carrier A B.V.,C=NL",
                identity.subject());
        assertEquals("CN=e-CMR Demo Carrier Issuing CA,O=e-CMR Access Point Demo,C=NL", identity.issuer());
        assertEquals(signer.leaf().getSerialNumber().toString(16), identity.serialNumber());
        assertEquals("VATNL-NL000000001B01", identity.organizationIdentifier());
    }

    @Test
    void reportsNoOrganizationIdentifierWhenTheSubjectHasNone() throws Exception {
        KeyPair keys = GeneratedCertificates.ecKeyPair("secp256r1");
        X509Certificate certificate = GeneratedCertificates.selfSigned(keys, "No Organisation", NOW);
        String jws = SampleSigner.of(keys.getPrivate(), List.of(certificate)).signingTime(NOW).sign(PAYLOAD);

        SignerIdentity identity = VerifierFixture.verifierTrusting(List.of(certificate))
                .verify(jws.getBytes(), JwsSerialization.COMPACT).signer();

        assertEquals(null, identity.organizationIdentifier());
    }

    @Test
    void acceptsAChainWithoutTheRoot() {
        SampleSigner signer = carrierA();
        VerifiedSignature verified = verifyCompact(signer.x5c(List.of(signer.leaf(), ISSUING_CA)).sign(PAYLOAD));

        assertEquals(List.of(signer.leaf(), ISSUING_CA, ROOT), verified.chain());
    }

    @Test
    void acceptsASigningTimeSlightlyAheadWithinTheSkew() {
        Instant aheadOfUs = NOW.plus(Duration.ofMinutes(4));

        assertEquals(aheadOfUs, verifyCompact(carrierA().signingTime(aheadOfUs).sign(PAYLOAD)).signingTime());
    }

    @Test
    void acceptsASigningTimeWithFractionalSeconds() {
        String sigT = NOW.minusSeconds(60).toString().replace("Z", ".123Z");

        assertEquals(Instant.parse(sigT), verifyCompact(carrierA().withHeader("sigT", sigT).sign(PAYLOAD)).signingTime());
    }

    @Test
    void acceptsAMatchingX5tS256AndOptionalStringHeaders() {
        SampleSigner signer = carrierA();
        String thumbprint = SampleSigner.base64Url(X509Certificates.sha256(signer.leaf()));
        String jws = signer.withHeader("x5t#S256", thumbprint).withHeader("kid", "a-1")
                .withHeader("typ", "jose").withHeader("cty", "json").sign(PAYLOAD);

        assertArrayEquals(PAYLOAD, verifyCompact(jws).payload());
    }

    @Test
    void ignoresUnknownHeadersThatAreNotCritical() {
        String jws = carrierA().withHeader("srCms", List.of(Map.of("commId", Map.of("id", "http://uri.etsi.org/01903/v1.2.2#ProofOfOrigin"))))
                .withHeader("x-software", "TMS 4.2").sign(PAYLOAD);

        assertArrayEquals(PAYLOAD, verifyCompact(jws).payload());
    }

    @Test
    void acceptsASignatureWithoutCrit() {
        assertArrayEquals(PAYLOAD, verifyCompact(carrierA().withoutHeader("crit").sign(PAYLOAD)).payload());
    }
}
