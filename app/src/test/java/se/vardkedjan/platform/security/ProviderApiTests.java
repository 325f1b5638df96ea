package se.vardkedjan.platform.security;

import io.swagger.v3.oas.annotations.Hidden;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import se.vardkedjan.accesslog.AccessKind;
import se.vardkedjan.accesslog.Refusals;
import se.vardkedjan.sharedkernel.ConcurrentChange;
import se.vardkedjan.sharedkernel.RuleViolation;
import se.vardkedjan.sharedkernel.SecurityEvent;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The REST API's door for providers' own systems (ADR 0025), over HTTP against the running app, with access tokens
 * signed by a test key that a stand-in for the realm publishes ({@link TestIssuer}): who gets in, who is refused with
 * 401 or 403 and which refusals are recorded, the problem+json answers, and the OpenAPI document.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(ProviderApiTests.Probe.class)
class ProviderApiTests {

    private static final TestIssuer REALM = TestIssuer.get();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @DynamicPropertySource
    static void realm(DynamicPropertyRegistry registry) {
        registry.add("vardkedjan.identity.issuer-uri", REALM::issuer);
    }

    @Value("${local.server.port}")
    int port;
    @Autowired
    JdbcClient jdbc;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void aProviderSystemReadsWhichOrganisationItActsForAndItsScopes() throws Exception {
        for (var organisation : List.of("solgarden-hvb", "nykter-vag-oppenvard")) {
            var response = get("/api/v1/me", REALM.sign(REALM.providerSystem(organisation)));

            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/json"));
            var me = JSON.readTree(response.body());
            assertThat(me.path("providerOrganisation").asString()).isEqualTo(organisation);
            assertThat(me.path("scopes").valueStream().map(JsonNode::asString)).containsExactly("email", "profile");
            assertThat(response.headers().firstValue("Set-Cookie")).as("stateless: no session").isEmpty();
        }
    }

    @Test
    void aCallWithoutATokenIs401WithoutAnyDetail() throws Exception {
        var response = get("/api/v1/me", null);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
        assertProblem(response, 401, "Ingen giltig åtkomsttoken");
        assertThat(response.headers().firstValue("Location")).as("never sent to the login page").isEmpty();
    }

    @Test
    void anExpiredTokenATokenOfAnotherIssuerOrKeyAndAnIdTokenAre401() throws Exception {
        var expired = REALM.providerSystem("solgarden-hvb");
        expired.put("iat", Instant.now().minusSeconds(900).getEpochSecond());
        expired.put("exp", Instant.now().minusSeconds(600).getEpochSecond());
        var otherIssuer = REALM.providerSystem("solgarden-hvb");
        otherIssuer.put("iss", "http://login.example.org/realms/vardkedjan");
        var idToken = REALM.providerSystem("solgarden-hvb");
        idToken.put("typ", "ID");

        var refused = Map.of("expired", REALM.sign(expired), "another issuer", REALM.sign(otherIssuer),
                "another key", REALM.signWithAnotherKey(REALM.providerSystem("solgarden-hvb")),
                "an ID token", REALM.sign(idToken), "not a token", "not.a.token");
        for (var token : refused.entrySet()) {
            var response = get("/api/v1/me", token.getValue());
            assertThat(response.statusCode()).as(token.getKey()).isEqualTo(401);
            assertThat(response.headers().firstValue("WWW-Authenticate")).as(token.getKey())
                    .hasValue("Bearer error=\"invalid_token\"");
            assertProblem(response, 401, "Ingen giltig åtkomsttoken");
            assertThat(response.body()).as(token.getKey()).doesNotContainIgnoringCase("expired")
                    .doesNotContainIgnoringCase("issuer").doesNotContain("Jwt");
        }
    }

    @Test
    void aStaffMembersTokenIs403AndTheRefusalIsRecordedInTheirName() throws Exception {
        var claims = REALM.staffMember(List.of("caseworker"), List.of("nord-beroende"));

        var response = get("/api/v1/me", REALM.sign(claims));

        assertThat(response.statusCode()).isEqualTo(403);
        assertProblem(response, 403, "Åtkomst nekad");
        assertThat(eventsOf(claims)).containsExactly("CALL GET:/api/v1/me ROLE {nord-beroende}");
    }

    @Test
    void theProviderSystemRoleCountsOnlyInATokenIssuedToAProviderSystem() throws Exception {
        var claims = REALM.staffMember(List.of("provider_system", "provider_staff"), List.of());
        claims.put("provider_organisations", List.of("solgarden-hvb"));

        var response = get("/api/v1/me", REALM.sign(claims));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(eventsOf(claims)).containsExactly("CALL GET:/api/v1/me ROLE {}");
    }

    @Test
    void aProviderSystemWithNoOrWithTwoProviderOrganisationsIs403AndRecorded() throws Exception {
        var none = REALM.providerSystem("solgarden-hvb");
        none.remove("provider_organisations");
        var two = REALM.providerSystem("solgarden-hvb");
        two.put("provider_organisations", List.of("solgarden-hvb", "nykter-vag-oppenvard"));
        var malformed = REALM.providerSystem("solgarden-hvb");
        malformed.put("provider_organisations", List.of("solgarden-hvb", "Solgården HVB"));

        for (var claims : List.of(none, two)) {
            var response = get("/api/v1/me", REALM.sign(claims));
            assertThat(response.statusCode()).as("%s", claims.get("provider_organisations")).isEqualTo(403);
            assertThat(eventsOf(claims)).containsExactly("CALL GET:/api/v1/me ROLE {}");
        }
        assertThat(get("/api/v1/me", REALM.sign(malformed)).statusCode())
                .as("a malformed code is dropped, the one valid code counts").isEqualTo(200);
    }

    @Test
    void aRefusedPathIsRecordedWithoutWhatWasTypedIntoIt() throws Exception {
        var claims = REALM.staffMember(List.of("caseworker"), List.of("syd-beroende"));

        var response = get("/api/v1/assignments/19121212-1212/Plan%20B", REALM.sign(claims));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(eventsOf(claims)).containsExactly("CALL GET:/api/v1/assignments/*/* ROLE {syd-beroende}");
    }

    @Test
    void aRefusedPathIsRecordedWithoutAnIdThatStartsWithALetter() throws Exception {
        var claims = REALM.staffMember(List.of("caseworker"), List.of("syd-beroende"));

        var response = get("/api/v1/assignments/abcdef12-3456-4890-abcd-ef1234567890/receipt", REALM.sign(claims));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(eventsOf(claims)).containsExactly("CALL GET:/api/v1/assignments/*/receipt ROLE {syd-beroende}");
    }

    @Test
    void aRuleAFacadeRefusesIs400WithTheFieldItsTextKeyAndTheSwedishMessage() throws Exception {
        var response = get("/api/v1/probe/rule", REALM.sign(REALM.providerSystem("solgarden-hvb")));

        var problem = assertProblem(response, 400, "Ogiltig begäran");
        assertThat(problem.path("detail").asString()).isEqualTo("Ange Inkom datum.");
        var errors = problem.path("errors");
        assertThat(errors.size()).isEqualTo(1);
        assertThat(errors.get(0).path("field").asString()).isEqualTo("casehandling.intake.received-on");
        assertThat(errors.get(0).path("key").asString()).isEqualTo("casehandling.error.date-required");
        assertThat(errors.get(0).path("message").asString()).isEqualTo("Ange Inkom datum.");
    }

    @Test
    void inputSpringCannotReadIs400WithoutEchoingIt() throws Exception {
        var response = get("/api/v1/probe/ids/inte-ett-id", REALM.sign(REALM.providerSystem("solgarden-hvb")));

        var problem = assertProblem(response, 400, "Ogiltig begäran");
        assertThat(withoutInstance(problem).toString()).doesNotContain("inte-ett-id").doesNotContain("UUID");
    }

    @Test
    void anotherProvidersRecordAnUnknownRecordAndAnUnknownPathGetTheSame404() throws Exception {
        var claims = REALM.providerSystem("solgarden-hvb");
        var token = REALM.sign(claims);
        var id = UUID.randomUUID();

        var notYours = get("/api/v1/probe/others/" + id, token);
        var unknown = get("/api/v1/probe/unknown/" + id, token);
        var nowhere = get("/api/v1/finns-inte", token);

        // the same answer but for the path the caller asked for
        var answer = assertProblem(notYours, 404, "Finns inte");
        for (var same : List.of(unknown, nowhere)) {
            var problem = assertProblem(same, 404, "Finns inte");
            assertThat(withoutInstance(problem)).isEqualTo(withoutInstance(answer));
        }
        // the facade's door named the provider system as CurrentActor answers for an API call
        assertThat(eventsOf(claims)).containsExactly("READ ASSIGNMENT OUTSIDE_UNITS {}",
                "READ ASSIGNMENT UNKNOWN_TARGET {}");
    }

    @Test
    void aStaleVersionIs409() throws Exception {
        var response = get("/api/v1/probe/stale", REALM.sign(REALM.providerSystem("solgarden-hvb")));

        assertProblem(response, 409, "Ändrat av någon annan");
    }

    @Test
    void aFailureIs500WithoutItsMessageOrStackTrace() throws Exception {
        var response = get("/api/v1/probe/bug", REALM.sign(REALM.providerSystem("solgarden-hvb")));

        assertProblem(response, 500, "Internt fel");
        assertThat(response.body()).doesNotContain("hemlig").doesNotContain("Exception").doesNotContain("at se.");
    }

    /** No endpoint takes DELETE here: the same answer as for a path that leads nowhere. */
    @Test
    void aMethodNoEndpointTakesIsNotFoundToo() throws Exception {
        var response = http.send(HttpRequest.newBuilder(uri("/api/v1/me")).header("Authorization",
                        "Bearer " + REALM.sign(REALM.providerSystem("solgarden-hvb")))
                .DELETE().build(), HttpResponse.BodyHandlers.ofString());

        assertProblem(response, 404, "Finns inte");
    }

    @Test
    void theOpenApiDocumentIsServedWithoutATokenAndListsOnlyTheApi() throws Exception {
        var response = get("/api/openapi.json", null);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        var document = JSON.readTree(response.body());
        var paths = new ArrayList<String>();
        document.path("paths").propertyNames().forEach(paths::add);
        assertThat(paths).contains("/api/v1/me").allMatch(path -> path.startsWith("/api/"))
                .noneMatch(path -> path.contains("probe") || path.contains("**"));
        var scheme = document.path("components").path("securitySchemes").path("providerSystem");
        assertThat(scheme.path("type").asString()).isEqualTo("oauth2");
        assertThat(scheme.path("flows").path("clientCredentials").path("tokenUrl").asString())
                .isEqualTo(REALM.issuer() + "/protocol/openid-connect/token");
        assertThat(document.path("security").get(0).has("providerSystem")).isTrue();
    }

    @Test
    void theStaffLoginStillSendsAnAnonymousVisitorToKeycloakOutsideTheApi() throws Exception {
        var response = get("/arenden", null);

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith("/oauth2/authorization/staff");
    }

    private JsonNode assertProblem(HttpResponse<String> response, int status, String title) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        var problem = JSON.readTree(response.body());
        assertThat(problem.path("instance").asString()).as("the path asked for")
                .isEqualTo(response.request().uri().getRawPath());
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("title").asString()).isEqualTo(title);
        assertThat(problem.has("type") ? problem.path("type").asString() : "about:blank")
                .as("RFC 9457: no type means about:blank").isEqualTo("about:blank");
        assertThat(problem.path("detail").asString()).isNotBlank();
        assertThat(response.body()).doesNotContain("trace").doesNotContain("exception");
        return problem;
    }

    private static JsonNode withoutInstance(JsonNode problem) {
        var copy = ((tools.jackson.databind.node.ObjectNode) problem).deepCopy();
        copy.remove("instance");
        return copy;
    }

    private List<String> eventsOf(Map<String, Object> claims) {
        return jdbc.sql("SELECT attempt || ' ' || operation || ' ' || reason || ' ' || actor_units::text "
                        + "FROM accesslog.security_events WHERE actor_subject = ? ORDER BY id")
                .param(claims.get("sub")).query(String.class).list();
    }

    private HttpResponse<String> get(String path, String token) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(uri(path)).header("Accept", "application/json").GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    /** Endpoints that refuse and fail as the assignment endpoints will, through the same doors. This test's only. */
    @Hidden
    @RestController
    static class Probe {

        private final Refusals refusals;

        Probe(Refusals refusals) {
            this.refusals = refusals;
        }

        @GetMapping("/api/v1/probe/rule")
        String rule() {
            throw RuleViolation.forField("casehandling.intake.received-on", "casehandling.error.date-required",
                    "casehandling.intake.received-on");
        }

        @GetMapping("/api/v1/probe/ids/{id}")
        String id(@PathVariable UUID id) {
            return id.toString();
        }

        @GetMapping("/api/v1/probe/others/{id}")
        String others(@PathVariable UUID id) {
            throw refusals.refuse(AccessKind.READ, "ASSIGNMENT", SecurityEvent.Target.of("ASSIGNMENT", id),
                    SecurityEvent.Reason.OUTSIDE_UNITS);
        }

        @GetMapping("/api/v1/probe/unknown/{id}")
        String unknown(@PathVariable UUID id) {
            throw refusals.unknown(AccessKind.READ, "ASSIGNMENT", "ASSIGNMENT", id);
        }

        @GetMapping("/api/v1/probe/stale")
        String stale() {
            throw new ConcurrentChange("assignment", UUID.randomUUID());
        }

        @GetMapping("/api/v1/probe/bug")
        String bug() {
            throw new IllegalStateException("en hemlig detalj");
        }
    }
}
