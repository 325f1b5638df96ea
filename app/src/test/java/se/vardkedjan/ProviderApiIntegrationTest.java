package se.vardkedjan;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A provider's own system against the real Keycloak with the demo realm and the running app (ADR 0025): its client
 * credentials get an access token, and the API answers {@code GET /api/v1/me} with its own provider organisation; the
 * other demo provider's system gets its own; a wrong secret gets no token; the demo provider's system lists, reads and
 * confirms an assignment a caseworker sent it, writes its implementation plan, reports care and reads its own cost,
 * and the other demo provider's system cannot read it. (No browser; it
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

    @Test
    void theDemoProvidersSystemWritesThePlanReportsCareAndReadsItsCostWithItsOwnCredentials() throws Exception {
        var unit = BadInputFixture.of(context);
        var today = unit.today;
        var fixture = new ProviderAssignmentFixture(context, today);
        var id = asCaseworker("fel-hl", BadInputFixture.UNIT, () -> fixture.sentTo(fixture.provider("solgarden-hvb"),
                BadInputFixture.UNIT, today.minusDays(3)));
        var token = accessToken("solgarden-hvb");
        var path = "/api/v1/assignments/" + id.value();
        var version = JSON.readTree(call("GET", path, token, null).body()).path("version").asLong();
        version = answered(call("POST", path + "/receipt", token, "{\"version\":" + version + "}"));
        version = answered(call("POST", path + "/acceptance", token, "{\"version\":" + version
                + ",\"startsOn\":\"" + today.minusDays(1) + "\"}"));
        answered(call("POST", path + "/start", token, "{\"version\":" + version + ",\"startedOn\":\""
                + today.minusDays(1) + "\"}"));

        var draft = call("PUT", path + "/implementation-plan/draft", token, """
                {"version":0,"activities":[{"description":"Samtal","goal":"Minskat drickande",
                 "performer":"Behandlare","schedule":"Varje vecka"}],"workingWith":"Möte varje månad."}""");
        var attendance = call("POST", path + "/attendance", token, "{\"firstDay\":\"" + today
                + "\",\"lastDay\":\"" + today + "\",\"days\":[{\"day\":\"" + today + "\",\"hours\":2}]}");
        var costs = call("GET", "/api/v1/costs?from=" + YearMonth.from(today) + "&to=" + YearMonth.from(today),
                token, null);
        var other = call("GET", path + "/implementation-plan", accessToken("nykter-vag-oppenvard"), null);

        assertThat(draft.statusCode()).as(draft.body()).isEqualTo(200);
        assertThat(JSON.readTree(draft.body()).path("draft").path("activities").get(0).path("description")
                .asString()).isEqualTo("Samtal");
        assertThat(attendance.statusCode()).as(attendance.body()).isEqualTo(200);
        assertThat(JSON.readTree(attendance.body()).path("countedDays").asLong()).isEqualTo(1);
        assertThat(costs.statusCode()).as(costs.body()).isEqualTo(200);
        assertThat(JSON.readTree(costs.body()).path("months").get(0).path("costOre").asLong())
                .as("at least this assignment's two hours at 900 kronor").isGreaterThanOrEqualTo(180_000);
        assertThat(other.statusCode()).as("another provider's plan is unknown to it").isEqualTo(404);
        assertThat(context.getBean(JdbcClient.class).sql("""
                        SELECT what FROM accesslog.access_log WHERE actor_username = ? AND access_kind = 'CHANGE'
                        AND case_id = (SELECT case_id FROM providercontracts.assignments WHERE id = ?) ORDER BY id""")
                .params("service-account-provider-solgarden-hvb", id.value()).query(String.class).list())
                .as("each change in the system's name").endsWith("IMPLEMENTATION_PLAN", "ASSIGNMENT_ATTENDANCE");
    }

    /** The assignment's version after a change the API took. */
    private static long answered(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body()).path("version").asLong();
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
