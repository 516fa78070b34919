package eu.ecmr.accesspoint.signature;

import static eu.ecmr.accesspoint.common.ProblemKind.FORBIDDEN_HEADER;
import static eu.ecmr.accesspoint.signature.VerifierFixture.PAYLOAD;
import static eu.ecmr.accesspoint.signature.VerifierFixture.assertRefusedCompact;
import static eu.ecmr.accesspoint.signature.VerifierFixture.assertRefusedFlattened;
import static eu.ecmr.accesspoint.signature.VerifierFixture.carrierA;

import java.security.interfaces.ECPublicKey;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;

class RefusesForbiddenHeadersTest {

    @Test
    void refusesJku() {
        assertRefusedCompact(FORBIDDEN_HEADER, "'jku'",
                carrierA().withHeader("jku", "https://attacker.example/jwks.json").sign(PAYLOAD));
    }

    @Test
    void refusesX5u() {
        assertRefusedCompact(FORBIDDEN_HEADER, "'x5u'",
                carrierA().withHeader("x5u", "https://attacker.example/chain.pem").sign(PAYLOAD));
    }

    @Test
    void refusesJwk() {
        SampleSigner signer = carrierA();
        ECKey ownKey = new ECKey.Builder(Curve.P_256, (ECPublicKey) signer.leaf().getPublicKey()).build();
        assertRefusedCompact(FORBIDDEN_HEADER, "'jwk'", signer.withHeader("jwk", ownKey.toJSONObject()).sign(PAYLOAD));
    }

    @Test
    void refusesJkuInTheUnprotectedHeader() {
        assertRefusedFlattened(FORBIDDEN_HEADER, "unprotected header names a key by 'jku'",
                carrierA().withUnprotectedHeader("jku", "https://attacker.example/jwks.json").flattened(PAYLOAD));
    }

    @Test
    void refusesB64EvenWhenTrue() {
        assertRefusedCompact(FORBIDDEN_HEADER, "'b64'", carrierA().withHeader("b64", true).sign(PAYLOAD));
    }

    @Test
    void refusesCritNamingAnUnknownExtension() {
        String jws = carrierA().withHeader("crit", List.of("sigT", "exp")).withHeader("exp", 1_900_000_000).sign(PAYLOAD);
        assertRefusedCompact(FORBIDDEN_HEADER, "crit names 'exp'", jws);
    }

    @Test
    void refusesCritNamingB64() {
        assertRefusedCompact(FORBIDDEN_HEADER, "crit names 'b64'", carrierA().withHeader("crit", List.of("sigT", "b64")).sign(PAYLOAD));
    }

    @Test
    void refusesCritNamingARegisteredHeader() {
        assertRefusedCompact(FORBIDDEN_HEADER, "crit names 'alg'", carrierA().withHeader("crit", List.of("alg")).sign(PAYLOAD));
    }
}
