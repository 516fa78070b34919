package eu.ecmr.accesspoint.handheld;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * A browser's session with the handheld, made by walking the authorization code flow by hand:
 * the app's redirect to the provider (with the PKCE challenge and a state cookie), the provider's
 * login, the callback that sets the session cookie.
 */
final class SignedInSession {

    private final Map<String, String> cookies;

    private SignedInSession(Map<String, String> cookies) {
        this.cookies = cookies;
    }

    static SignedInSession as(String user) {
        Map<String, String> cookies = new HashMap<>();
        Response toProvider = given().redirects().follow(false).when().get("/inspect/").then().statusCode(302).extract()
                .response();
        cookies.putAll(toProvider.getCookies());
        URI authorize = URI.create(toProvider.getHeader("Location"));
        assertThat(authorize.getQuery()).contains("code_challenge_method=S256", "client_id=" + CodeFlowProvider.CLIENT_ID);
        Map<String, String> query = query(authorize.getRawQuery());

        String callback = given().redirects().follow(false).baseUri(authorize.getScheme() + "://" + authorize.getAuthority())
                .queryParam("username", user).queryParam("password", user)
                .queryParam("state", decode(query.get("state"))).queryParam("redirect_uri", decode(query.get("redirect_uri")))
                .when().get("/login").then().statusCode(302).extract().header("Location");

        Response signedIn = given().redirects().follow(false).cookies(cookies).urlEncodingEnabled(false)
                .when().get(callback).then().statusCode(302).extract().response();
        cookies.putAll(signedIn.getCookies());
        cookies.entrySet().removeIf(cookie -> cookie.getKey().startsWith("q_auth") || cookie.getValue().isEmpty());
        return new SignedInSession(cookies);
    }

    /** A request as the handheld's own script makes it. */
    RequestSpecification script() {
        return page().header("X-Requested-With", "JavaScript").header("Sec-Fetch-Site", "same-origin");
    }

    /** A request with the session cookie and nothing else. */
    RequestSpecification page() {
        return given().redirects().follow(false).cookies(cookies);
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> params = new HashMap<>();
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            params.put(pair.substring(0, eq), pair.substring(eq + 1));
        }
        return params;
    }

    private static String decode(String value) {
        return java.net.URLDecoder.decode(value, java.nio.charset.StandardCharsets.UTF_8);
    }
}
