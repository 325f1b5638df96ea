package se.vardkedjan.platform.security;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import se.vardkedjan.BadInputFixture;
import se.vardkedjan.ProviderAssignmentFixture;
import se.vardkedjan.casehandling.CaseHandling;
import se.vardkedjan.casehandling.Decisions;
import se.vardkedjan.casehandling.Investigations;
import se.vardkedjan.casehandling.PersonRegister;
import se.vardkedjan.providercontracts.AssignmentId;
import se.vardkedjan.providercontracts.Assignments;
import se.vardkedjan.providercontracts.ContractId;
import se.vardkedjan.providercontracts.ProviderId;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static se.vardkedjan.platform.security.ApiHttp.ok;
import static se.vardkedjan.platform.security.ApiHttp.problem;
import static se.vardkedjan.platform.security.ApiHttp.withoutInstance;

/**
 * The assignment flow of the REST API (ADR 0025, docs/api.md) over HTTP against the running app, with access tokens
 * signed by the stand-in realm's test key ({@link TestIssuer}): a provider's system lists, reads and answers only its
 * own organisation's assignments, in its own name in the access log; another provider's assignment is 404 with the
 * refusal recorded and nothing changed; people's tokens are 403; a stale version is 409; every bad input is 400 with a
 * Swedish {@code errors} entry naming the field, and changes nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AssignmentApiTests {

    private static final TestIssuer REALM = TestIssuer.get();
    private static final JsonMapper JSON = ApiHttp.JSON;

    @DynamicPropertySource
    static void realm(DynamicPropertyRegistry registry) {
        registry.add("vardkedjan.identity.issuer-uri", REALM::issuer);
    }

    @Value("${local.server.port}")
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationContext context;
    @Autowired
    Assignments assignments;
    @Autowired
    PersonRegister register;
    @Autowired
    CaseHandling caseHandling;
    @Autowired
    Investigations investigations;
    @Autowired
    Decisions decisions;

    private ApiHttp api;
    private BadInputFixture f;
    private LocalDate today;

    /** A provider of the test with a CBT contract; its code is what its system's token names. */
    private record Provider(ProviderId id, String code, ContractId contract) {
    }

    @BeforeEach
    void signInTheCaseworker() {
        api = new ApiHttp(port);
        f = BadInputFixture.of(context);
        today = f.today;
        ApiCaller.signIn(context, f.caseworker);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aProviderSystemListsOnlyItsOwnAssignmentsAndReadsOneWithoutTheRestOfTheCaseFile() throws Exception {
        var a = provider();
        var b = provider();
        var mine = sentTo(a, today.minusDays(3));
        var alsoMine = sentTo(a, today.minusDays(3));
        var theirs = sentTo(b, today.minusDays(3));
        var claims = REALM.providerSystem(a.code());
        var token = REALM.sign(claims);

        var list = JSON.readTree(ok(get("/api/v1/assignments?group=new&size=1", token)).body());
        var next = JSON.readTree(ok(get("/api/v1/assignments?group=new&page=1&size=1", token)).body());
        var listed = new ArrayList<String>();
        list.path("items").forEach(item -> listed.add(item.path("id").asString()));
        next.path("items").forEach(item -> listed.add(item.path("id").asString()));

        assertThat(list.path("total").asLong()).isEqualTo(2);
        assertThat(listed).as("paged in a stable order, only its own")
                .containsExactlyInAnyOrder(mine.value().toString(), alsoMine.value().toString());
        assertThat(JSON.readTree(ok(get("/api/v1/assignments?group=accepted", token)).body()).path("items")
                .size()).isZero();
        var read = JSON.readTree(ok(get("/api/v1/assignments/" + mine.value(), token)).body());
        assertThat(read.path("status").asString()).isEqualTo("SENT");
        assertThat(read.path("method").asString()).isEqualTo("CBT");
        assertThat(read.path("reporting").asString()).isEqualTo("Närvaro och avvikelser varje månad");
        assertThat(read.has("caseId")).as("no other part of the case file").isFalse();
        assertThat(read.toString()).doesNotContain("Ulf").doesNotContain("Storgatan").doesNotContain(f.caseworker
                .username());
        // logged in the system's name as the UI's reads are: the read, and the list as an overview of the cases
        assertThat(accessLogOf(claims)).containsExactly("READ ASSIGNMENT_LIST", "READ ASSIGNMENT_LIST",
                "READ ASSIGNMENT");
        assertThat(rows("SELECT count(*) FROM accesslog.access_log WHERE actor_subject = ? AND case_id = "
                + "(SELECT case_id FROM providercontracts.assignments WHERE id = ?)", claims.get("sub"),
                theirs.value())).isZero();
        assertThat(rows("SELECT count(*) FROM accesslog.access_log WHERE actor_subject = ? AND what = 'ASSIGNMENT' "
                + "AND case_id = (SELECT case_id FROM providercontracts.assignments WHERE id = ?)", claims.get("sub"),
                mine.value())).isEqualTo(1);
    }

    @Test
    void aProviderSystemConfirmsReceiptAcceptsAndReportsTheStartInItsOwnName() throws Exception {
        var a = provider();
        var id = sentTo(a, today.minusDays(3));
        var claims = REALM.providerSystem(a.code());
        var token = REALM.sign(claims);

        var received = JSON.readTree(ok(post(id, "receipt", Map.of("version", version(id)), token)).body());
        assertThat(received.path("status").asString()).isEqualTo("RECEIVED");
        var accepted = JSON.readTree(ok(post(id, "acceptance", Map.of("version", received.path("version").asLong(),
                "startsOn", today.plusDays(7).toString()), token)).body());
        assertThat(accepted.path("status").asString()).isEqualTo("ACCEPTED");
        assertThat(accepted.path("acceptedStart").asString()).isEqualTo(today.plusDays(7).toString());
        var started = JSON.readTree(ok(post(id, "start", Map.of("version", accepted.path("version").asLong(),
                "startedOn", today.toString()), token)).body());

        assertThat(started.path("status").asString()).isEqualTo("RUNNING");
        assertThat(jdbc.sql("SELECT actor FROM providercontracts.assignment_history WHERE assignment_id = ? "
                        + "AND event IN ('RECEIVED', 'ACCEPTED', 'STARTED') ORDER BY id").param(id.value())
                .query(String.class).list()).containsExactly("service-account-provider-" + a.code(),
                "service-account-provider-" + a.code(), "service-account-provider-" + a.code());
        assertThat(accessLogOf(claims)).containsExactly("CHANGE ASSIGNMENT", "CHANGE ASSIGNMENT",
                "CHANGE ASSIGNMENT");
    }

    @Test
    void aProviderSystemDeclinesWithAReason() throws Exception {
        var a = provider();
        var id = sentTo(a, today.minusDays(3));
        var token = REALM.sign(REALM.providerSystem(a.code()));

        var declined = JSON.readTree(ok(post(id, "declination", Map.of("version", version(id), "reason",
                "Ingen plats förrän i mars."), token)).body());

        assertThat(declined.path("status").asString()).isEqualTo("DECLINED");
        assertThat(declined.path("declineReason").asString()).isEqualTo("Ingen plats förrän i mars.");
    }

    @Test
    void anotherProvidersAssignmentIs404LikeAnUnknownOneRecordedAndNothingChanges() throws Exception {
        var a = provider();
        var b = provider();
        var theirs = sentTo(b, today.minusDays(3));
        var claims = REALM.providerSystem(a.code());
        var token = REALM.sign(claims);
        var before = state(theirs);
        var version = version(theirs);

        var unknown = get("/api/v1/assignments/" + UUID.randomUUID(), token);
        var answers = List.of(get("/api/v1/assignments/" + theirs.value(), token),
                post(theirs, "receipt", Map.of("version", version), token),
                post(theirs, "acceptance", Map.of("version", version, "startsOn", today.plusDays(7).toString()),
                        token),
                post(theirs, "declination", Map.of("version", version, "reason", "Nej."), token),
                post(theirs, "start", Map.of("version", version, "startedOn", today.toString()), token));

        var expected = withoutInstance(problem(unknown, 404));
        for (var answer : answers) {
            assertThat(withoutInstance(problem(answer, 404))).isEqualTo(expected);
        }
        assertThat(state(theirs)).isEqualTo(before);
        assertThat(eventsOf(claims)).containsExactly("READ ASSIGNMENT UNKNOWN_TARGET",
                "READ ASSIGNMENT UNKNOWN_TARGET", "CHANGE ASSIGNMENT UNKNOWN_TARGET",
                "CHANGE ASSIGNMENT UNKNOWN_TARGET", "CHANGE ASSIGNMENT UNKNOWN_TARGET",
                "CHANGE ASSIGNMENT UNKNOWN_TARGET");
        assertThat(accessLogOf(claims)).isEmpty();
        assertThat(JSON.readTree(ok(get("/api/v1/assignments?group=new", token)).body()).path("total").asLong())
                .isZero();
    }

    @Test
    void aStaffMembersAndAClientsTokenAre403AndRecorded() throws Exception {
        var a = provider();
        var id = sentTo(a, today.minusDays(3));
        var staff = REALM.staffMember(List.of("caseworker"), List.of(BadInputFixture.UNIT));
        var portal = REALM.staffMember(List.of("client"), List.of());
        portal.put("azp", "vardkedjan-portal");
        var before = state(id);

        for (var claims : List.of(staff, portal)) {
            var token = REALM.sign(claims);
            problem(get("/api/v1/assignments", token), 403);
            problem(get("/api/v1/assignments/" + id.value(), token), 403);
            problem(post(id, "receipt", Map.of("version", version(id)), token), 403);
            assertThat(eventsOf(claims)).containsExactly("CALL GET:/api/v1/assignments ROLE",
                    "CALL GET:/api/v1/assignments/* ROLE", "CALL POST:/api/v1/assignments/*/receipt ROLE");
        }
        assertThat(state(id)).isEqualTo(before);
    }

    @Test
    void aStaleVersionIs409AndTheOtherChangeIsKept() throws Exception {
        var a = provider();
        var id = sentTo(a, today.minusDays(3));
        var token = REALM.sign(REALM.providerSystem(a.code()));
        var read = version(id);
        ok(post(id, "receipt", Map.of("version", read), token));
        var after = state(id);

        problem(post(id, "acceptance", Map.of("version", read, "startsOn", today.plusDays(7).toString()), token),
                409);
        problem(post(id, "declination", Map.of("version", read, "reason", "Nej."), token), 409);

        assertThat(state(id)).isEqualTo(after).startsWith("RECEIVED");
    }

    @Test
    void everyBadInputIs400WithASwedishErrorNamingTheFieldAndChangesNothing() throws Exception {
        var a = provider();
        var id = sentTo(a, today.minusDays(3));
        var token = REALM.sign(REALM.providerSystem(a.code()));
        var version = version(id);
        var before = state(id);
        var decidedOn = today.minusDays(3);

        record Bad(String what, HttpResponse<String> response, String field, String key, String message) {
        }
        var bad = List.of(
                new Bad("malformed id", get("/api/v1/assignments/inte-ett-id", token), "id",
                        "providercontracts.api.error.id", "giltigt uppdrags-id"),
                new Bad("malformed id in a change", raw("/api/v1/assignments/123/receipt", "{\"version\":0}",
                        token), "id", "providercontracts.api.error.id", "giltigt uppdrags-id"),
                new Bad("no version", post(id, "receipt", Map.of(), token), "version",
                        "providercontracts.api.error.version-required", "fältet version"),
                new Bad("a version that is no number", raw(path(id, "receipt"), "{\"version\":\"två\"}", token),
                        "version", "providercontracts.api.error.version-invalid", "heltal"),
                new Bad("no start date", post(id, "acceptance", Map.of("version", version), token), "startsOn",
                        "providercontracts.error.text-required", "Fyll i Startdatum enligt utföraren"),
                new Bad("an invalid date", post(id, "acceptance", Map.of("version", version, "startsOn",
                        "2026-02-30"), token), "startsOn", "providercontracts.api.error.date", "ÅÅÅÅ-MM-DD"),
                new Bad("a date that is no text", raw(path(id, "acceptance"), "{\"version\":" + version
                        + ",\"startsOn\":20261203}", token), "startsOn", "providercontracts.api.error.date",
                        "ÅÅÅÅ-MM-DD"),
                new Bad("a start before the decision", post(id, "acceptance", Map.of("version", version,
                        "startsOn", decidedOn.minusDays(1).toString()), token), "startsOn",
                        "providercontracts.assignment.error.start-before-decision", "före beslutet"),
                new Bad("a date beyond any calendar", post(id, "acceptance", Map.of("version", version,
                        "startsOn", "9999-12-31"), token), "startsOn", "providercontracts.error.date-out-of-range",
                        "mellan"),
                new Bad("an empty reason", post(id, "declination", Map.of("version", version, "reason", "  "),
                        token), "reason", "providercontracts.error.text-required", "Fyll i"),
                new Bad("an oversized reason", post(id, "declination", Map.of("version", version, "reason",
                        "x".repeat(4_001)), token), "reason", "providercontracts.error.text-too-long", "högst"),
                new Bad("an unknown field", post(id, "receipt", Map.of("version", version, "status", "ACCEPTED"),
                        token), "status", "providercontracts.api.error.unknown-field", "finns inte"),
                new Bad("JSON that is no object", raw(path(id, "receipt"), "[1]", token), null,
                        "providercontracts.api.error.unreadable", "kunde inte läsas"),
                new Bad("broken JSON", raw(path(id, "receipt"), "{\"version\":", token), null,
                        "providercontracts.api.error.unreadable", "kunde inte läsas"),
                new Bad("no body", raw(path(id, "receipt"), "", token), null,
                        "providercontracts.api.error.unreadable", "kunde inte läsas"),
                new Bad("an unknown group", get("/api/v1/assignments?group=alla", token), "group",
                        "providercontracts.api.error.group", "new, accepted"),
                new Bad("a page size too large", get("/api/v1/assignments?size=101", token), "size",
                        "providercontracts.api.error.size", "1 till 100"),
                new Bad("a page that is no number", get("/api/v1/assignments?page=en", token), "page",
                        "providercontracts.api.error.page", "heltal"));

        for (var b : bad) {
            var problem = problem(b.response(), 400);
            assertThat(problem.path("title").asString()).as(b.what()).isEqualTo("Ogiltig begäran");
            var error = problem.path("errors").get(0);
            assertThat(error.path("key").asString()).as(b.what()).isEqualTo(b.key());
            assertThat(error.path("message").asString()).as(b.what()).contains(b.message());
            if (b.field() == null) {
                assertThat(error.has("field")).as(b.what()).isFalse();
            } else {
                assertThat(error.path("field").asString()).as(b.what()).isEqualTo(b.field());
            }
            assertThat(b.response().body()).as(b.what()).doesNotContain("Exception").doesNotContain("tools.jackson");
        }
        assertThat(state(id)).isEqualTo(before);
    }

    @Test
    void theOpenApiDocumentDescribesEveryAssignmentEndpointItsBodiesAndErrors() throws Exception {
        var document = JSON.readTree(ok(get("/api/openapi.json", null)).body());

        var paths = document.path("paths");
        assertThat(paths.path("/api/v1/assignments").path("get").path("parameters").valueStream()
                .map(p -> p.path("name").asString())).containsExactlyInAnyOrder("group", "page", "size");
        for (var step : List.of("receipt", "acceptance", "declination", "start")) {
            var operation = paths.path("/api/v1/assignments/{id}/" + step).path("post");
            assertThat(operation.path("requestBody").path("content").path("application/json").path("schema")
                    .path("$ref").asString()).as(step).startsWith("#/components/schemas/");
            assertThat(operation.path("responses").propertyNames()).as(step)
                    .contains("200", "400", "401", "403", "404", "409");
        }
        assertThat(paths.path("/api/v1/assignments/{id}").path("get").path("responses").propertyNames())
                .contains("200", "404");
        assertThat(document.path("components").path("schemas").propertyNames()).contains("Assignment",
                "AssignmentList", "AcceptanceRequest", "DeclinationRequest", "ReceiptRequest", "StartRequest");
        assertThat(document.path("components").path("schemas").path("Assignment").path("properties").has("caseId"))
                .isFalse();
    }

    // ---- Fixtures

    private Provider provider() {
        var made = fixture().provider("api-" + UUID.randomUUID().toString().substring(0, 8));
        return new Provider(made.id(), made.code(), made.contract());
    }

    private AssignmentId sentTo(Provider provider, LocalDate decidedOn) {
        return fixture().sentTo(new ProviderAssignmentFixture.Provider(provider.id(), provider.code(),
                provider.contract()), BadInputFixture.UNIT, decidedOn);
    }

    private ProviderAssignmentFixture fixture() {
        return new ProviderAssignmentFixture(context, today);
    }

    // ---- Reading the database

    private long version(AssignmentId id) {
        return jdbc.sql("SELECT version FROM providercontracts.assignments WHERE id = ?").param(id.value())
                .query(Long.class).single();
    }

    /** The assignment's status, version, row version and history: what any change would move. */
    private String state(AssignmentId id) {
        return jdbc.sql("""
                        SELECT a.status || ' v' || a.version || ' x' || a.xmin::text || ' h' ||
                            (SELECT count(*) FROM providercontracts.assignment_history h WHERE h.assignment_id = a.id)
                        FROM providercontracts.assignments a WHERE a.id = ?""")
                .param(id.value()).query(String.class).single();
    }

    private long rows(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    private List<String> eventsOf(Map<String, Object> claims) {
        return ApiCaller.eventsOf(jdbc, claims);
    }

    private List<String> accessLogOf(Map<String, Object> claims) {
        return jdbc.sql("SELECT access_kind || ' ' || what FROM accesslog.access_log WHERE actor_subject = ? "
                        + "ORDER BY id")
                .param(claims.get("sub")).query(String.class).list();
    }

    // ---- HTTP

    private HttpResponse<String> get(String path, String token) throws IOException, InterruptedException {
        return api.get(path, token);
    }

    private HttpResponse<String> post(AssignmentId id, String step, Map<String, Object> body, String token)
            throws IOException, InterruptedException {
        return api.post(path(id, step), ApiHttp.json(body), token);
    }

    private static String path(AssignmentId id, String step) {
        return "/api/v1/assignments/" + id.value() + "/" + step;
    }

    private HttpResponse<String> raw(String path, String body, String token)
            throws IOException, InterruptedException {
        return api.post(path, body, token);
    }
}
