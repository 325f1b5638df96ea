package se.vardkedjan;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A provider's own system against the real Keycloak with the demo realm and the running app (ADR 0025): its client
 * credentials get an access token, and the API answers {@code GET /api/v1/me} with its own provider organisation; the
 * other demo provider's system gets its own; a wrong secret gets no token; the demo provider's system lists, reads and
 * confirms an assignment a caseworker sent it, and the other demo provider's system cannot read it. (No browser; it
 * shares the end-to-end tests' app and Keycloak.)
 */
class ProviderApiIntegrationTest extends EndToEndTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newHttpClient();

    @Autowired
    ApplicationContext context;

    @Test
    void eachDemoProvidersSystemGetsATokenWithItsCredentialsAndTheApiKnowsItsOrganisation() throws Exception {
        for (var code : new String[] {"solgarden-hvb", "nykter-vag-oppenvard"}) {
            var token = tokenRequest("provider-" + code, "provider-" + code + "-dev-secret");
            assertThat(token.statusCode()).as(token.body()).isEqualTo(200);
            var accessToken = JSON.readTree(token.body()).path("access_token").asString();

            var me = http.send(HttpRequest.newBuilder(URI.create(EndToEndStack.appUrl() + "/api/v1/me"))
                    .header("Authorization", "Bearer " + accessToken).header("Accept", "application/json").GET()
                    .build(), HttpResponse.BodyHandlers.ofString());

            assertThat(me.statusCode()).as(me.body()).isEqualTo(200);
            assertThat(JSON.readTree(me.body()).path("providerOrganisation").asString()).isEqualTo(code);
        }
    }

    @Test
    void aWrongSecretGetsNoTokenAndTheApiRefusesACallWithoutOne() throws Exception {
        var token = tokenRequest("provider-solgarden-hvb", "provider-nykter-vag-oppenvard-dev-secret");

        assertThat(token.statusCode()).as(token.body()).isIn(400, 401);
        assertThat(token.body()).doesNotContain("access_token");
        var me = http.send(HttpRequest.newBuilder(URI.create(EndToEndStack.appUrl() + "/api/v1/me"))
                .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(me.statusCode()).isEqualTo(401);
        assertThat(me.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
    }

    @Test
    void theDemoProvidersSystemListsReadsAndConfirmsTheAssignmentSentToItWithItsOwnCredentials() throws Exception {
        var unit = BadInputFixture.of(context);
        var fixture = new ProviderAssignmentFixture(context, unit.today);
        var id = asCaseworker("fel-hl", BadInputFixture.UNIT, () -> fixture.sentTo(fixture.provider("solgarden-hvb"),
                BadInputFixture.UNIT, unit.today.minusDays(2)));
        var token = accessToken("solgarden-hvb");

        var list = call("GET", "/api/v1/assignments?group=new&size=100", token, null);
        assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
        assertThat(JSON.readTree(list.body()).path("items").valueStream().map(item -> item.path("id").asString()))
                .contains(id.value().toString());
        var read = call("GET", "/api/v1/assignments/" + id.value(), token, null);
        assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
        var assignment = JSON.readTree(read.body());
        assertThat(assignment.path("status").asString()).isEqualTo("SENT");
        var received = call("POST", "/api/v1/assignments/" + id.value() + "/receipt", token,
                "{\"version\":" + assignment.path("version").asLong() + "}");
        assertThat(received.statusCode()).as(received.body()).isEqualTo(200);
        assertThat(JSON.readTree(received.body()).path("status").asString()).isEqualTo("RECEIVED");

        var other = call("GET", "/api/v1/assignments/" + id.value(), accessToken("nykter-vag-oppenvard"), null);
        assertThat(other.statusCode()).as("another provider's assignment is unknown to it").isEqualTo(404);
    }

    private String accessToken(String code) throws Exception {
        var token = tokenRequest("provider-" + code, "provider-" + code + "-dev-secret");
        assertThat(token.statusCode()).as(token.body()).isEqualTo(200);
        return JSON.readTree(token.body()).path("access_token").asString();
    }

    private HttpResponse<String> call(String method, String path, String token, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(EndToEndStack.appUrl() + path))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json")
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> tokenRequest(String clientId, String secret) throws Exception {
        var credentials = URLEncoder.encode(clientId, StandardCharsets.UTF_8) + ":"
                + URLEncoder.encode(secret, StandardCharsets.UTF_8);
        return http.send(HttpRequest.newBuilder(URI.create(EndToEndStack.keycloak().issuerUri("vardkedjan")
                        + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        credentials.getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
                .build(), HttpResponse.BodyHandlers.ofString());
    }
}
