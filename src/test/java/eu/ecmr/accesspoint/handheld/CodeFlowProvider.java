package eu.ecmr.accesspoint.handheld;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import java.util.Map;
import java.util.Set;

import com.github.tomakehurst.wiremock.WireMockServer;

import eu.ecmr.accesspoint.support.TestTokens;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

/**
 * Teaches the WireMock OIDC provider of {@code quarkus-test-oidc-server} who signs in: its login page
 * (a form with user name and password) redirects back with a code naming the user, and its token
 * endpoint exchanges that code for that user's ID and access tokens, signed with the provider's
 * published key. The Access Point runs the real authorization code flow with PKCE against it.
 */
final class CodeFlowProvider {

    static final String CLIENT_ID = "ecmr-inspect";
    static final Map<String, Set<String>> USERS = Map.of(
            "inspector", Set.of("inspector"),
            "auditor", Set.of("auditor"),
            "carrier-a", Set.of("carrier"));

    private CodeFlowProvider() {
    }

    static void install(WireMockServer server) {
        USERS.forEach((user, roles) -> {
            server.stubFor(get(urlPathEqualTo("/login")).atPriority(1)
                    .withQueryParam("username", equalTo(user))
                    .willReturn(aResponse().withStatus(302)
                            .withHeader("Location", "{{request.query.redirect_uri}}?state={{request.query.state}}&code=code-" + user)
                            .withTransformers("response-template")));
            server.stubFor(post(urlPathEqualTo("/auth/realms/quarkus/token")).atPriority(1)
                    .withRequestBody(matching("(.*&)?code=code-" + user + "(&.*)?"))
                    .willReturn(aResponse().withHeader("Content-Type", "application/json")
                            .withBody(tokens(user, roles))));
        });
    }

    private static String tokens(String user, Set<String> roles) {
        JwtClaimsBuilder access = claims(user, roles);
        JwtClaimsBuilder id = claims(user, roles).audience(CLIENT_ID);
        if (roles.contains("carrier")) {
            access.claim("carrier_id", TestTokens.CARRIER_A);
        } else {
            access.claim("organisation", "NL-ILT");
            id.claim("organisation", "NL-ILT");
        }
        return "{\"access_token\":\"" + access.jws().keyId("1").sign() + "\",\"id_token\":\"" + id.jws().keyId("1").sign()
                + "\",\"token_type\":\"Bearer\",\"expires_in\":3600}";
    }

    private static JwtClaimsBuilder claims(String user, Set<String> roles) {
        return Jwt.claims().issuer(TestTokens.ISSUER).subject(user + "-subject").preferredUserName(user).groups(roles)
                .expiresIn(3600);
    }
}
