package se.vardkedjan.keycloak;

import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static se.vardkedjan.keycloak.KeycloakHttpSession.form;
import static se.vardkedjan.keycloak.KeycloakHttpSession.query;

/**
 * A realm's OpenID Connect endpoints as Spring Security's OAuth2 client uses them: the authorization request with PKCE,
 * the code exchange at the token endpoint and userinfo; plus reading the tokens' claims.
 */
final class OidcTokens {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String issuerUri;

    OidcTokens(String issuerUri) {
        this.issuerUri = issuerUri;
    }

    URI authorizationUri(String clientId, String redirectUri, Pkce pkce, String state) {
        return URI.create(issuerUri + "/protocol/openid-connect/auth?" + form(Map.of(
                "response_type", "code",
                "client_id", clientId,
                "redirect_uri", redirectUri,
                "scope", "openid profile email",
                "state", state,
                "nonce", randomToken(),
                "code_challenge", pkce.challenge(),
                "code_challenge_method", "S256")));
    }

    /**
     * Follows Keycloak's redirect back to the client: checks the state, then redeems the code at the token endpoint
     * with the client's secret and the PKCE verifier. Returns the token response.
     */
    Map<String, Object> redeem(KeycloakHttpSession session, HttpResponse<String> redirect, String clientId,
                               String secret, String redirectUri, Pkce pkce, String state) throws Exception {
        var location = URI.create(redirect.headers().firstValue("Location").orElseThrow());
        assertThat(location.toString()).startsWith(redirectUri + "?");
        var parameters = query(location);
        assertThat(parameters).containsEntry("state", state).containsKey("code");

        var tokenResponse = session.send(HttpRequest.newBuilder(URI.create(issuerUri + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (clientId + ":" + secret).getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of(
                        "grant_type", "authorization_code",
                        "code", parameters.get("code"),
                        "redirect_uri", redirectUri,
                        "code_verifier", pkce.verifier()))))
                .build());
        assertThat(tokenResponse.statusCode()).as("token response %s", tokenResponse.body()).isEqualTo(200);
        return json(tokenResponse.body());
    }

    Map<String, Object> userinfo(String accessToken) throws Exception {
        try (var http = HttpClient.newHttpClient()) {
            var response = http.send(HttpRequest.newBuilder(URI.create(issuerUri + "/protocol/openid-connect/userinfo"))
                    .header("Authorization", "Bearer " + accessToken).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as("userinfo %s", response.body()).isEqualTo(200);
            return json(response.body());
        }
    }

    /** The claims of a JWT (not verified: the token came straight from Keycloak). */
    static Map<String, Object> payload(Object jwt) {
        var parts = ((String) jwt).split("\\.");
        assertThat(parts).hasSize(3);
        return json(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> json(String text) {
        return JSON.readValue(text, Map.class);
    }

    @SuppressWarnings("unchecked")
    static List<String> stringList(Object claim) {
        assertThat(claim).isInstanceOf(List.class);
        return (List<String>) claim;
    }

    /** 256 random bits, base64url: for state, nonce and the PKCE verifier. */
    static String randomToken() {
        var bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** A PKCE code verifier and its S256 challenge. */
    record Pkce(String verifier, String challenge) {
        static Pkce create() {
            var verifier = randomToken();
            try {
                var digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
                return new Pkce(verifier, Base64.getUrlEncoder().withoutPadding().encodeToString(digest));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
