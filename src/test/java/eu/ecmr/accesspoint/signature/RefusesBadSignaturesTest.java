package eu.ecmr.accesspoint.signature;

import static eu.ecmr.accesspoint.common.ProblemKind.SIGNATURE_INVALID;
import static eu.ecmr.accesspoint.signature.VerifierFixture.PAYLOAD;
import static eu.ecmr.accesspoint.signature.VerifierFixture.assertRefusedCompact;
import static eu.ecmr.accesspoint.signature.VerifierFixture.carrierA;
import static eu.ecmr.accesspoint.signature.VerifierFixture.carrierB;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;

import org.junit.jupiter.api.Test;

import com.nimbusds.jose.JWSAlgorithm;

class RefusesBadSignaturesTest {

    private static final String BAD = "does not verify";

    @Test
    void refusesAPayloadChangedAfterSigning() {
        String[] signed = carrierA().sign(PAYLOAD).split("\\.");
        String otherPayload = SampleSigner.base64Url("{\"ecmrNumber\":\"NL-2026-999999\"}".getBytes(StandardCharsets.UTF_8));
        assertRefusedCompact(SIGNATURE_INVALID, BAD, signed[0] + "." + otherPayload + "." + signed[2]);
    }

    @Test
    void refusesAPayloadSwappedFromAnotherSignature() {
        String[] first = carrierA().sign(PAYLOAD).split("\\.");
        String[] second = carrierA().sign("{\"ecmrNumber\":\"other\"}").split("\\.");
        assertRefusedCompact(SIGNATURE_INVALID, BAD, first[0] + "." + second[1] + "." + first[2]);
    }

    @Test
    void refusesAHeaderChangedAfterSigning() {
        String[] signed = carrierA().sign(PAYLOAD).split("\\.");
        String[] otherHeader = carrierA().withHeader("kid", "swapped").sign(PAYLOAD).split("\\.");
        assertRefusedCompact(SIGNATURE_INVALID, BAD, otherHeader[0] + "." + signed[1] + "." + signed[2]);
    }

    @Test
    void refusesASignatureByAnotherKey() {
        // The no-signing certificate's key signs, but x5c names carrier A's certificate.
        String jws = SampleSigner.load("carrier-a-no-signing").signingTime(VerifierFixture.NOW)
                .x5c(carrierA().chain()).sign(PAYLOAD);
        assertRefusedCompact(SIGNATURE_INVALID, BAD, jws);
    }

    /** CVE-2022-21449: R = S = 0 "verified" against any key on vulnerable JDKs. */
    @Test
    void refusesThePsychicSignatureOfZeros() {
        assertRefusedCompact(SIGNATURE_INVALID, "between 1 and the curve order minus 1", withSignature(new byte[64]));
    }

    @Test
    void refusesRAndSEqualToTheCurveOrder() {
        byte[] order = JwsAlgorithm.ES256.curve().getOrder().toByteArray(); // 33 bytes, leading sign byte
        byte[] rs = new byte[64];
        System.arraycopy(order, 1, rs, 0, 32);
        System.arraycopy(order, 1, rs, 32, 32);
        assertRefusedCompact(SIGNATURE_INVALID, "between 1 and the curve order minus 1", withSignature(rs));
    }

    @Test
    void refusesAnEcdsaSignatureOfTheWrongLength() {
        String[] signed = carrierA().sign(PAYLOAD).split("\\.");
        byte[] truncated = Arrays.copyOf(Base64.getUrlDecoder().decode(signed[2]), 63);
        assertRefusedCompact(SIGNATURE_INVALID, "exactly 64 bytes", withSignature(truncated));
    }

    @Test
    void refusesADerEncodedEcdsaSignature() {
        String[] signed = carrierA().sign(PAYLOAD).split("\\.");
        byte[] der = EcdsaSignatures.toDer(JwsAlgorithm.ES256, Base64.getUrlDecoder().decode(signed[2]));
        assertRefusedCompact(SIGNATURE_INVALID, "R||S", signed[0] + "." + signed[1] + "." + SampleSigner.base64Url(der));
    }

    @Test
    void refusesAnRsaSignatureShorterThanTheModulus() {
        String[] signed = carrierB().algorithm(JWSAlgorithm.RS256).sign(PAYLOAD).split("\\.");
        byte[] signature = Base64.getUrlDecoder().decode(signed[2]);
        byte[] shorter = Arrays.copyOfRange(signature, 1, signature.length);
        assertRefusedCompact(SIGNATURE_INVALID, "exactly 256 bytes", signed[0] + "." + signed[1] + "." + SampleSigner.base64Url(shorter));
    }

    @Test
    void refusesAPssSignatureRelabelledAsPkcs1() {
        String[] signed = carrierB().algorithm(JWSAlgorithm.PS256).sign(PAYLOAD).split("\\.");
        String relabelled = carrierB().algorithm(JWSAlgorithm.RS256).sign(PAYLOAD).split("\\.")[0];
        assertRefusedCompact(SIGNATURE_INVALID, BAD, relabelled + "." + signed[1] + "." + signed[2]);
    }

    private static String withSignature(byte[] signature) {
        String[] signed = carrierA().sign(PAYLOAD).split("\\.");
        return signed[0] + "." + signed[1] + "." + SampleSigner.base64Url(signature);
    }
}
