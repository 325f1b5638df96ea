package se.vardkedjan.keycloak;

import se.vardkedjan.platform.devstack.KeycloakServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static se.vardkedjan.keycloak.KeycloakHttpSession.form;

/** Keycloak's admin REST API for the realm, as the master realm's admin: to look behind the logins and set them up. */
final class KeycloakAdmin {

    private static final String REALM = "vardkedjan";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String baseUrl;
    private final String token;

    private KeycloakAdmin(String baseUrl, String token) {
        this.baseUrl = baseUrl;
        this.token = token;
    }

    static KeycloakAdmin of(KeycloakServer keycloak) throws Exception {
        try (var http = HttpClient.newHttpClient()) {
            var response = http.send(HttpRequest.newBuilder(
                            URI.create(keycloak.baseUrl() + "/realms/master/protocol/openid-connect/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("grant_type", "password",
                            "client_id", "admin-cli", "username", "admin", "password", "admin"))))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(200);
            return new KeycloakAdmin(keycloak.baseUrl(), JSON.readTree(response.body()).path("access_token").asString());
        }
    }

    List<JsonNode> usersWithAttribute(String attribute, String value) throws Exception {
        return List.copyOf(JSON.readTree(get("/users?exact=true&briefRepresentation=false&q="
                + URLEncoder.encode(attribute + ":" + value, StandardCharsets.UTF_8))).values());
    }

    List<JsonNode> usersWithPersonalNumber(String personalNumber) throws Exception {
        return usersWithAttribute("personal_number", personalNumber);
    }

    JsonNode user(String username) throws Exception {
        var found = JSON.readTree(get("/users?exact=true&briefRepresentation=false&username="
                + URLEncoder.encode(username, StandardCharsets.UTF_8)));
        assertThat(found.size()).as("users named %s", username).isEqualTo(1);
        return found.path(0);
    }

    int userCount() throws Exception {
        return Integer.parseInt(get("/users/count").trim());
    }

    /** Creates a user from its JSON representation and returns its id. */
    String createUser(Map<String, Object> representation) throws Exception {
        var response = send("POST", "/users", JSON.writeValueAsString(representation));
        assertThat(response.statusCode()).as("create user: %s", response.body()).isEqualTo(201);
        var location = response.headers().firstValue("Location").orElseThrow();
        return location.substring(location.lastIndexOf('/') + 1);
    }

    void grantRealmRole(String userId, String roleName) throws Exception {
        var response = send("POST", "/users/" + userId + "/role-mappings/realm", "[" + get("/roles/" + roleName) + "]");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(204);
    }

    /** Sets a new password as an administrator would; Keycloak answers 400 when the password policy refuses it. */
    HttpResponse<String> resetPassword(String userId, String password) throws Exception {
        return send("PUT", "/users/" + userId + "/reset-password", JSON.writeValueAsString(
                Map.of("type", "password", "value", password, "temporary", false)));
    }

    String get(String path) throws Exception {
        var response = send("GET", path, null);
        assertThat(response.statusCode()).as("admin %s: %s", path, response.body()).isEqualTo(200);
        return response.body();
    }

    HttpResponse<String> send(String method, String path, String json) throws Exception {
        try (var http = HttpClient.newHttpClient()) {
            var request = HttpRequest.newBuilder(URI.create(baseUrl + "/admin/realms/" + REALM + path))
                    .header("Authorization", "Bearer " + token);
            if (json == null) {
                request.method(method, HttpRequest.BodyPublishers.noBody());
            } else {
                request.header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofString(json));
            }
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }
    }
}
