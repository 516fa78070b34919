package eu.ecmr.accesspoint.support;

import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

/**
 * Real signed bearer tokens for the tests. The WireMock OIDC provider of
 * {@code quarkus-test-oidc-server} publishes the public half of the key these are signed with, and
 * the Access Point verifies them exactly as it verifies Keycloak's.
 */
public final class TestTokens {

    public static final String ISSUER = "https://server.example.com";
    public static final String CARRIER_A = "VATNL-NL000000001B01";
    public static final String CARRIER_B = "VATBE-BE0000000002";

    private TestTokens() {
    }

    public static String carrierA() {
        return carrier("carrier-a", CARRIER_A);
    }

    public static String carrierB() {
        return carrier("carrier-b", CARRIER_B);
    }

    public static String carrier(String user, String carrierId) {
        return sign(claims(user, Set.of("carrier")).claim("carrier_id", carrierId));
    }

    public static String inspector() {
        return sign(claims("inspector", Set.of("inspector")).claim("organisation", "NL-ILT"));
    }

    public static String auditor() {
        return sign(claims("auditor", Set.of("auditor")).claim("organisation", "NL-ILT"));
    }

    /** An e-FTI gate's client-credentials token: a service account with the realm role gate. */
    public static String gate() {
        return sign(claims("service-account-efti-gate-demo", Set.of("gate")).claim("azp", "efti-gate-demo"));
    }

    /** A carrier token without a carrier_id claim, for a user no mapping names. */
    public static String carrierWithoutCarrierId() {
        return sign(claims("carrier-x", Set.of("carrier")));
    }

    public static String expiredCarrierA() {
        long now = Instant.now().getEpochSecond();
        return sign(claims("carrier-a", Set.of("carrier")).claim("carrier_id", CARRIER_A)
                .issuedAt(now - 3600).expiresAt(now - 600));
    }

    /** Signed with the provider's key, but naming another issuer. */
    public static String foreignIssuerCarrierA() {
        return sign(claims("carrier-a", Set.of("carrier")).claim("carrier_id", CARRIER_A)
                .issuer("https://other-realm.example.com"));
    }

    /** Well-formed and naming the right issuer, but signed with a key the provider never published. */
    public static String forgedCarrierA() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            PrivateKey key = generator.generateKeyPair().getPrivate();
            return claims("carrier-a", Set.of("carrier")).claim("carrier_id", CARRIER_A)
                    .jws().keyId("1").sign(key);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String withClaims(String user, Set<String> roles, Map<String, Object> extra) {
        JwtClaimsBuilder claims = claims(user, roles);
        extra.forEach(claims::claim);
        return sign(claims);
    }

    private static JwtClaimsBuilder claims(String user, Set<String> roles) {
        return Jwt.claims()
                .issuer(ISSUER)
                .subject(user + "-subject")
                .preferredUserName(user)
                .groups(roles)
                .expiresIn(300);
    }

    private static String sign(JwtClaimsBuilder claims) {
        return claims.jws().keyId("1").sign();
    }
}
