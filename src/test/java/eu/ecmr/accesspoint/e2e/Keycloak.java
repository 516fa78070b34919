package eu.ecmr.accesspoint.e2e;

import static io.restassured.RestAssured.given;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Real tokens from the stack's Keycloak, and its admin API where a test needs a client of its own. */
final class Keycloak {

    static final String CARRIER_A = "VATNL-NL000000001B01";
    static final String CARRIER_B = "VATBE-BE0000000002";

    private static final ObjectMapper JSON = new ObjectMapper();

    private Keycloak() {
    }

    /** Resource owner password grant with the public client ecmr-cli; the demo users' password is their name. */
    static String userToken(String user) {
        return token(Stack.TOKEN_ENDPOINT, Map.of("grant_type", "password", "client_id", "ecmr-cli",
                "username", user, "password", user));
    }

    /** Client credentials grant of a carrier's own software: carrier-a-tms, carrier-b-tms. */
    static String clientToken(String clientId) {
        return token(Stack.TOKEN_ENDPOINT, Map.of("grant_type", "client_credentials", "client_id", clientId,
                "client_secret", clientId + "-demo-secret"));
    }

    /** A token of the master realm's administrator: a real Keycloak token, from another realm. */
    static String masterAdminToken() {
        return token(Stack.KEYCLOAK + "/realms/master/protocol/openid-connect/token", Map.of("grant_type", "password",
                "client_id", "admin-cli", "username", "admin", "password", "admin"));
    }

    static String token(String endpoint, Map<String, String> form) {
        return given().formParams(form).post(endpoint).then().statusCode(200).extract().path("access_token");
    }

    /** The token's claims, read without checking it (the Access Point checks it). */
    static JsonNode claims(String jwt) {
        try {
            return JSON.readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]));
        } catch (IOException e) {
            throw new IllegalStateException("not a JWT", e);
        }
    }

    /** The same token under a key id the provider never published, as after a key rotation. */
    static String withUnknownKeyId(String jwt) {
        String[] parts = jwt.split("\\.");
        String header = "{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"rotated-key-e2e\"}";
        return Base64.getUrlEncoder().withoutPadding().encodeToString(header.getBytes(StandardCharsets.UTF_8))
                + "." + parts[1] + "." + parts[2];
    }

    /** Admin API (Keycloak's REST admin, as the master realm's administrator). */
    static String createPublicClient(String clientId, int accessTokenLifespanSeconds) {
        given().auth().oauth2(masterAdminToken()).contentType("application/json")
                .body(Map.of("clientId", clientId, "publicClient", true, "directAccessGrantsEnabled", true,
                        "standardFlowEnabled", false,
                        "attributes", Map.of("access.token.lifespan", String.valueOf(accessTokenLifespanSeconds))))
                .post(Stack.KEYCLOAK + "/admin/realms/ecmr/clients").then().statusCode(201);
        return clientId;
    }

    /** A user of the ecmr realm with no role, for what a test may do to it (lock it out, say). */
    static String createUser(String username, String password) {
        given().auth().oauth2(masterAdminToken()).contentType("application/json")
                .body(Map.of("username", username, "enabled", true, "emailVerified", true,
                        "firstName", "Test", "lastName", "User", "email", username + "@example.org",
                        "credentials", List.of(Map.of("type", "password", "value", password, "temporary", false))))
                .post(Stack.KEYCLOAK + "/admin/realms/ecmr/users").then().statusCode(201);
        return username;
    }

    static void deleteUser(String username) {
        String admin = masterAdminToken();
        String id = given().auth().oauth2(admin).queryParam("username", username).queryParam("exact", true)
                .get(Stack.KEYCLOAK + "/admin/realms/ecmr/users").then().statusCode(200).extract().path("[0].id");
        if (id != null) {
            given().auth().oauth2(admin).delete(Stack.KEYCLOAK + "/admin/realms/ecmr/users/" + id).then().statusCode(204);
        }
    }

    static void deleteClient(String clientId) {
        String admin = masterAdminToken();
        String id = given().auth().oauth2(admin).queryParam("clientId", clientId)
                .get(Stack.KEYCLOAK + "/admin/realms/ecmr/clients").then().statusCode(200).extract().path("[0].id");
        if (id != null) {
            given().auth().oauth2(admin).delete(Stack.KEYCLOAK + "/admin/realms/ecmr/clients/" + id)
                    .then().statusCode(204);
        }
    }
}
