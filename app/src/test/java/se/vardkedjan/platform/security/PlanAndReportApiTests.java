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
import se.vardkedjan.providercontracts.AssignmentId;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static se.vardkedjan.platform.security.ApiHttp.json;
import static se.vardkedjan.platform.security.ApiHttp.okJson;
import static se.vardkedjan.platform.security.ApiHttp.problem;
import static se.vardkedjan.platform.security.ApiHttp.withoutInstance;

/**
 * The implementation plan, the reports and the own cost through the REST API (ADR 0025, docs/api.md) over HTTP against
 * the running app, with tokens signed by the stand-in realm's test key ({@link TestIssuer}): a provider's system
 * writes and establishes the plan and reports attendance, corrections, deviations and the completion report on its own
 * organisation's assignment, in its own name in the access log, and reads its own monthly cost; another provider's
 * system gets 404 for all of it, recorded, with nothing stored; a provider's staff member's token is 403, recorded; a
 * stale plan version is 409; every bad value is 400 naming the JSON field, and stores nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PlanAndReportApiTests {

    private static final TestIssuer REALM = TestIssuer.get();

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

    private ApiHttp api;
    private LocalDate today;

    @BeforeEach
    void signInTheCaseworker() {
        api = new ApiHttp(port);
        var f = BadInputFixture.of(context);
        today = f.today;
        ApiCaller.signIn(context, f.caseworker);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    // ---- The implementation plan

    @Test
    void aProviderSystemWritesAndEstablishesThePlanInItsOwnNameAndAStaleVersionIs409() throws Exception {
        var a = provider();
        var claims = REALM.providerSystem(a.code());
        var token = REALM.sign(claims);
        var id = running(a, token);

        var empty = okJson(api.get(plan(id), token));
        assertThat(empty.path("version").asLong()).isZero();
        assertThat(empty.path("draft").isNull()).isTrue();
        var drafted = okJson(api.put(plan(id) + "/draft", json(draft(0, "Samtal varje vecka")), token));
        assertThat(drafted.path("draft").path("activities").get(0).path("description").asString())
                .isEqualTo("Samtal varje vecka");
        var stale = problem(api.put(plan(id) + "/draft", json(draft(0, "Skrivet över")), token), 409);
        assertThat(stale.path("title").asString()).isNotBlank();
        var established = okJson(api.post(plan(id) + "/establishment",
                json(Map.of("version", drafted.path("version").asLong())), token));

        assertThat(established.path("draft").isNull()).as("the draft became version 1").isTrue();
        var first = established.path("established").get(0);
        assertThat(first.path("number").asInt()).isEqualTo(1);
        assertThat(first.path("content").path("activities").get(0).path("description").asString())
                .isEqualTo("Samtal varje vecka");
        assertThat(first.path("establishedBy").asString()).isEqualTo("service-account-provider-" + a.code());
        problem(api.post(plan(id) + "/establishment", json(Map.of("version", drafted.path("version").asLong())),
                token), 409);
        // the read and the two changes; a refused change is undone with its log row, as in the pages
        assertThat(accessLogOf(claims, "IMPLEMENTATION_PLAN")).containsExactly(
                "READ IMPLEMENTATION_PLAN service-account-provider-" + a.code(),
                "CHANGE IMPLEMENTATION_PLAN service-account-provider-" + a.code(),
                "CHANGE IMPLEMENTATION_PLAN service-account-provider-" + a.code());
        assertThat(okJson(api.get(plan(id), token)).path("established").size()).as("the stale one changed nothing")
                .isEqualTo(1);
        assertThat(jdbc.sql("SELECT actor FROM providercontracts.assignment_history WHERE assignment_id = ? "
                + "AND event = 'PLAN_ESTABLISHED'").param(id.value()).query(String.class).list())
                .containsExactly("service-account-provider-" + a.code());
    }

    // ---- The reports

    @Test
    void aProviderSystemReportsAttendanceACorrectionADeviationAndTheCompletionInItsOwnName() throws Exception {
        var a = provider();
        var claims = REALM.providerSystem(a.code());
        var token = REALM.sign(claims);
        var id = running(a, token);
        var system = "service-account-provider-" + a.code();

        var reported = okJson(api.post(path(id, "attendance"), json(Map.of("firstDay",
                today.minusDays(2).toString(), "lastDay", today.toString(), "days", List.of(
                        Map.of("day", today.minusDays(2).toString(), "hours", 2.5),
                        Map.of("day", today.minusDays(1).toString(), "hours", 2.5),
                        Map.of("day", today.toString(), "hours", 1.25)))), token));
        assertThat(reported.path("attendance").get(0).path("days").size()).isEqualTo(3);
        assertThat(reported.path("countedDays").asLong()).isEqualTo(3);
        var corrected = okJson(api.post(path(id, "attendance-corrections"), json(Map.of("days", List.of(
                Map.of("day", today.minusDays(1).toString())), "reason", "Klienten var inte där.")), token));
        assertThat(corrected.path("countedDays").asLong()).isEqualTo(2);
        var deviated = okJson(api.post(path(id, "deviations"), json(Map.of("kind", "ABSENCE", "occurredOn",
                today.minusDays(1).toString(), "description", "Kom inte till samtalet.")), token));
        assertThat(deviated.path("deviations").get(0).path("kind").asString()).isEqualTo("ABSENCE");
        var completed = okJson(api.post(path(id, "completion"), json(Map.of("goals", List.of(), "summary",
                "Behandlingen genomförd.", "clientsView", "Nöjd.")), token));
        assertThat(completed.path("completion").path("summary").asString()).isEqualTo("Behandlingen genomförd.");
        var read = okJson(api.get(path(id, "reports"), token));

        assertThat(read.path("attendance").get(0).path("reportedBy").asString()).isEqualTo(system);
        assertThat(read.path("attendance").get(0).path("days").get(1).path("cancelled").asBoolean()).isTrue();
        assertThat(read.path("corrections").get(0).path("reason").asString()).isEqualTo("Klienten var inte där.");
        assertThat(read.path("deviations").get(0).path("reportedBy").asString()).isEqualTo(system);
        assertThat(jdbc.sql("SELECT reported_by FROM providercontracts.attendance_reports WHERE assignment_id = ?")
                .param(id.value()).query(String.class).list()).containsExactly(system);
        assertThat(accessLogOf(claims, "ASSIGNMENT_ATTENDANCE", "ASSIGNMENT_DEVIATION", "ASSIGNMENT_COMPLETION",
                "ASSIGNMENT_REPORTS")).containsExactly("CHANGE ASSIGNMENT_ATTENDANCE " + system,
                "CHANGE ASSIGNMENT_ATTENDANCE " + system, "CHANGE ASSIGNMENT_DEVIATION " + system,
                "CHANGE ASSIGNMENT_COMPLETION " + system, "READ ASSIGNMENT_REPORTS " + system);
    }

    @Test
    void aDayReportedTwiceAndASecondCompletionAreRefusedAndTheFirstIsKept() throws Exception {
        var a = provider();
        var token = REALM.sign(REALM.providerSystem(a.code()));
        var id = running(a, token);
        var day = Map.of("firstDay", today.toString(), "lastDay", today.toString(), "days",
                List.of(Map.of("day", today.toString(), "hours", 3)));
        okJson(api.post(path(id, "attendance"), json(day), token));
        var completion = Map.of("goals", List.of(), "summary", "Klart.", "clientsView", "Bra.");
        okJson(api.post(path(id, "completion"), json(completion), token));
        var before = stored(id);

        var twice = problem(api.post(path(id, "attendance"), json(day), token), 400).path("errors").get(0);
        var again = problem(api.post(path(id, "completion"), json(completion), token), 400).path("errors").get(0);

        assertThat(twice.path("field").asString()).isEqualTo("days");
        assertThat(twice.path("key").asString()).isEqualTo("providercontracts.reports.error.overlap");
        assertThat(again.path("key").asString()).isEqualTo("providercontracts.reports.error.completion-submitted");
        assertThat(stored(id)).isEqualTo(before);
    }

    // ---- The cost

    @Test
    void aProviderSystemReadsItsOwnMonthlyCostAndNotAnotherProvidersCost() throws Exception {
        var a = provider();
        var b = provider();
        var token = REALM.sign(REALM.providerSystem(a.code()));
        var id = running(a, token);
        okJson(api.post(path(id, "attendance"), json(Map.of("firstDay", today.minusDays(1).toString(), "lastDay",
                today.toString(), "days", List.of(Map.of("day", today.minusDays(1).toString(), "hours", 2),
                        Map.of("day", today.toString(), "hours", 1.5)))), token));
        var from = YearMonth.from(today).minusMonths(1);
        var to = YearMonth.from(today);

        var own = okJson(api.get("/api/v1/costs?from=" + from + "&to=" + to, token));
        var theirs = okJson(api.get("/api/v1/costs?from=" + from + "&to=" + to,
                REALM.sign(REALM.providerSystem(b.code()))));

        assertThat(own.path("from").asString()).isEqualTo(from.toString());
        assertThat(own.path("months").valueStream().mapToLong(m -> m.path("costOre").asLong()).sum())
                .as("3.5 hours at the contract's 900 kronor an hour").isEqualTo(315_000);
        assertThat(own.path("months").valueStream().mapToLong(m -> m.path("days").asLong()).sum()).isEqualTo(2);
        assertThat(theirs.path("months").size()).isZero();
    }

    // ---- The attacker's calls

    @Test
    void anotherProvidersSystemGets404LikeAnUnknownIdForThePlanAndTheReportsRecordedAndNothingStored()
            throws Exception {
        var a = provider();
        var b = provider();
        var id = running(a, REALM.sign(REALM.providerSystem(a.code())));
        var claims = REALM.providerSystem(b.code());
        var token = REALM.sign(claims);
        var before = stored(id);

        var unknown = api.get("/api/v1/assignments/" + UUID.randomUUID() + "/reports", token);
        var answers = everyCall(id, token);

        var expected = withoutInstance(problem(unknown, 404));
        for (var answer : answers) {
            assertThat(withoutInstance(problem(answer, 404))).isEqualTo(expected);
        }
        assertThat(stored(id)).isEqualTo(before);
        assertThat(eventsOf(claims)).containsExactly("READ ASSIGNMENT_REPORTS UNKNOWN_TARGET",
                "READ IMPLEMENTATION_PLAN UNKNOWN_TARGET", "CHANGE IMPLEMENTATION_PLAN UNKNOWN_TARGET",
                "CHANGE IMPLEMENTATION_PLAN UNKNOWN_TARGET", "READ ASSIGNMENT_REPORTS UNKNOWN_TARGET",
                "CHANGE ASSIGNMENT_ATTENDANCE UNKNOWN_TARGET", "CHANGE ASSIGNMENT_ATTENDANCE UNKNOWN_TARGET",
                "CHANGE ASSIGNMENT_DEVIATION UNKNOWN_TARGET", "CHANGE ASSIGNMENT_COMPLETION UNKNOWN_TARGET");
        assertThat(rows("SELECT count(*) FROM accesslog.access_log WHERE actor_subject = ?", claims.get("sub")))
                .isZero();
    }

    @Test
    void aProviderStaffMembersTokenIs403RecordedAndNothingStored() throws Exception {
        var a = provider();
        var id = running(a, REALM.sign(REALM.providerSystem(a.code())));
        var staff = REALM.staffMember(List.of("provider_staff"), List.of());
        staff.put("provider_organisations", List.of(a.code()));
        var token = REALM.sign(staff);
        var before = stored(id);

        for (var answer : everyCall(id, token)) {
            problem(answer, 403);
        }
        problem(api.get("/api/v1/costs?from=2026-01&to=2026-02", token), 403);

        assertThat(stored(id)).isEqualTo(before);
        assertThat(eventsOf(staff)).containsExactly("CALL GET:/api/v1/assignments/*/implementation-plan ROLE",
                "CALL PUT:/api/v1/assignments/*/implementation-plan/draft ROLE",
                "CALL POST:/api/v1/assignments/*/implementation-plan/establishment ROLE",
                "CALL GET:/api/v1/assignments/*/reports ROLE", "CALL POST:/api/v1/assignments/*/attendance ROLE",
                "CALL POST:/api/v1/assignments/*/attendance-corrections ROLE",
                "CALL POST:/api/v1/assignments/*/deviations ROLE", "CALL POST:/api/v1/assignments/*/completion ROLE",
                "CALL GET:/api/v1/costs ROLE");
        assertThat(rows("SELECT count(*) FROM accesslog.access_log WHERE actor_subject = ?", staff.get("sub")))
                .isZero();
    }

    /** Every new call on the assignment, each with a body that would be taken from its own provider's system. */
    private List<HttpResponse<String>> everyCall(AssignmentId id, String token)
            throws IOException, InterruptedException {
        return List.of(api.get(plan(id), token),
                api.put(plan(id) + "/draft", json(draft(0, "Samtal")), token),
                api.post(plan(id) + "/establishment", json(Map.of("version", 1)), token),
                api.get(path(id, "reports"), token),
                api.post(path(id, "attendance"), json(Map.of("firstDay", today.toString(), "lastDay",
                        today.toString(), "days", List.of(Map.of("day", today.toString(), "hours", 1)))), token),
                api.post(path(id, "attendance-corrections"), json(Map.of("days", List.of(Map.of("day",
                        today.toString())), "reason", "Fel dag.")), token),
                api.post(path(id, "deviations"), json(Map.of("kind", "RELAPSE", "occurredOn", today.toString(),
                        "description", "Återfall.")), token),
                api.post(path(id, "completion"), json(Map.of("goals", List.of(), "summary", "Klart.",
                        "clientsView", "Bra.")), token));
    }

    // ---- Bad input

    @Test
    void everyBadValueIs400WithASwedishErrorNamingTheJsonFieldAndStoresNothing() throws Exception {
        var a = provider();
        var token = REALM.sign(REALM.providerSystem(a.code()));
        var id = running(a, token);
        var before = stored(id);
        var day = today.toString();
        var activity = Map.of("description", "Samtal", "goal", "Minskat drickande", "performer", "Behandlare",
                "schedule", "Varje vecka");

        record Bad(String what, HttpResponse<String> response, String field, String key, String message) {
        }
        var bad = List.of(
                new Bad("a malformed id", api.get("/api/v1/assignments/x/implementation-plan", token), "id",
                        "providercontracts.api.error.id", "giltigt uppdrags-id"),
                new Bad("a draft without a version", api.put(plan(id) + "/draft", json(Map.of("activities",
                        List.of())), token), "version", "providercontracts.api.error.version-required",
                        "fältet version"),
                new Bad("activities that are no list", api.put(plan(id) + "/draft", json(Map.of("version", 0,
                        "activities", "Samtal")), token), "activities", "providercontracts.api.error.list", "lista"),
                new Bad("an activity that is no object", api.put(plan(id) + "/draft", json(Map.of("version", 0,
                        "activities", List.of("Samtal"))), token), "activities[0]",
                        "providercontracts.api.error.list", "lista"),
                new Bad("an activity's unknown field", api.put(plan(id) + "/draft", json(Map.of("version", 0,
                        "activities", List.of(Map.of("description", "Samtal", "who", "Jag")))), token),
                        "activities[0].who", "providercontracts.api.error.unknown-field", "finns inte"),
                new Bad("an activity's text that is no text", api.put(plan(id) + "/draft", json(Map.of(
                        "version", 0, "activities", List.of(Map.of("goal", 3)))), token), "activities[0].goal",
                        "providercontracts.api.error.text", "text"),
                new Bad("the second activity's oversized description", api.put(plan(id) + "/draft", json(Map.of(
                        "version", 0, "activities", List.of(activity, Map.of("description", "x".repeat(4_001),
                                "goal", "Mål", "performer", "Behandlare", "schedule", "Varje vecka")))), token),
                        "activities[1].description", "providercontracts.error.text-too-long", "högst"),
                new Bad("a performer on two lines", api.put(plan(id) + "/draft", json(Map.of("version", 0,
                        "activities", List.of(Map.of("description", "Samtal", "goal", "Mål", "performer",
                                "Anna\nBo", "schedule", "Varje vecka")))), token), "activities[0].performer",
                        "providercontracts.error.text-single-line", "en rad"),
                new Bad("an oversized working-with text", api.put(plan(id) + "/draft", json(Map.of("version", 0,
                        "workingWith", "x".repeat(4_001))), token), "workingWith",
                        "providercontracts.error.text-too-long", "högst"),
                new Bad("an unknown field in the establishment", api.post(plan(id) + "/establishment",
                        json(Map.of("version", 0, "draft", true)), token), "draft",
                        "providercontracts.api.error.unknown-field", "finns inte"),
                new Bad("a period without its first day", api.post(path(id, "attendance"), json(Map.of("lastDay",
                        day, "days", List.of(Map.of("day", day, "hours", 1)))), token), "firstDay",
                        "providercontracts.error.text-required", "Fyll i Periodens första dag"),
                new Bad("an invalid last day", api.post(path(id, "attendance"), json(Map.of("firstDay", day,
                        "lastDay", "2026-13-01", "days", List.of())), token), "lastDay",
                        "providercontracts.api.error.date", "ÅÅÅÅ-MM-DD"),
                new Bad("a last day in the future", api.post(path(id, "attendance"), json(Map.of("firstDay", day,
                        "lastDay", today.plusDays(1).toString(), "days", List.of(Map.of("day", day, "hours", 1)))),
                        token), "lastDay", "providercontracts.reports.error.in-the-future", "framtiden"),
                new Bad("a first day before the start", api.post(path(id, "attendance"), json(Map.of("firstDay",
                        today.minusDays(5).toString(), "lastDay", day, "days", List.of(Map.of("day", day,
                                "hours", 1)))), token), "firstDay", "providercontracts.reports.error.before-start",
                        "före uppdragets start"),
                new Bad("a day that is no date", api.post(path(id, "attendance"), json(Map.of("firstDay", day,
                        "lastDay", day, "days", List.of(Map.of("day", "i dag", "hours", 1)))), token),
                        "days[0].day", "providercontracts.api.error.date", "Ange Dag"),
                new Bad("hours as a text", api.post(path(id, "attendance"), json(Map.of("firstDay", day, "lastDay",
                        day, "days", List.of(Map.of("day", day, "hours", "två")))), token), "days[0].hours",
                        "providercontracts.api.error.number", "tal"),
                new Bad("negative hours", api.post(path(id, "attendance"), json(Map.of("firstDay", day, "lastDay",
                        day, "days", List.of(Map.of("day", day, "hours", -2)))), token), "days",
                        "providercontracts.reports.error.hours-range", "mer än 0"),
                new Bad("a day without its hours", api.post(path(id, "attendance"), json(Map.of("firstDay", day,
                        "lastDay", day, "days", List.of(Map.of("day", day)))), token), "days",
                        "providercontracts.reports.error.hours-required", "Ange timmar"),
                new Bad("no days", api.post(path(id, "attendance"), json(Map.of("firstDay", day, "lastDay", day)),
                        token), "days", "providercontracts.reports.error.no-days", "minst en dag"),
                new Bad("an unknown field in a report", api.post(path(id, "attendance"), json(Map.of("firstDay",
                        day, "lastDay", day, "period", "vecka")), token), "period",
                        "providercontracts.api.error.unknown-field", "finns inte"),
                new Bad("a correction without a reason", api.post(path(id, "attendance-corrections"), json(Map.of(
                        "days", List.of(Map.of("day", day)))), token), "reason",
                        "providercontracts.error.text-required", "Fyll i"),
                new Bad("a correction of a day never reported", api.post(path(id, "attendance-corrections"),
                        json(Map.of("days", List.of(Map.of("day", day)), "reason", "Fel.")), token), "days",
                        "providercontracts.reports.error.not-reported", "inte rapporterad"),
                new Bad("an unknown kind of deviation", api.post(path(id, "deviations"), json(Map.of("kind",
                        "FIGHT", "occurredOn", day, "description", "Bråk.")), token), "kind",
                        "providercontracts.api.error.choice", "ABSENCE, DISCHARGE"),
                new Bad("a deviation without its day", api.post(path(id, "deviations"), json(Map.of("kind",
                        "RELAPSE", "description", "Återfall.")), token), "occurredOn",
                        "providercontracts.error.text-required", "Fyll i Datum för händelsen"),
                new Bad("an oversized description", api.post(path(id, "deviations"), json(Map.of("kind",
                        "RELAPSE", "occurredOn", day, "description", "x".repeat(4_001))), token), "description",
                        "providercontracts.error.text-too-long", "högst"),
                new Bad("an action that is no text", api.post(path(id, "deviations"), json(Map.of("kind",
                        "RELAPSE", "occurredOn", day, "description", "Återfall.", "actionTaken", List.of())),
                        token), "actionTaken", "providercontracts.api.error.text", "text"),
                new Bad("goals that are no list", api.post(path(id, "completion"), json(Map.of("goals", 1,
                        "summary", "Klart.", "clientsView", "Bra.")), token), "goals",
                        "providercontracts.api.error.list", "lista"),
                new Bad("a goal's negative position", api.post(path(id, "completion"), json(Map.of("goals",
                        List.of(Map.of("position", -1, "outcome", "REACHED")), "summary", "Klart.",
                        "clientsView", "Bra.")), token), "goals[0].position", "providercontracts.api.error.position",
                        "heltal"),
                new Bad("a goal's unknown outcome", api.post(path(id, "completion"), json(Map.of("goals",
                        List.of(Map.of("position", 0, "outcome", "MAYBE")), "summary", "Klart.",
                        "clientsView", "Bra.")), token), "goals[0].outcome", "providercontracts.api.error.choice",
                        "REACHED"),
                new Bad("a goal the assignment does not have", api.post(path(id, "completion"), json(Map.of(
                        "goals", List.of(Map.of("position", 0, "outcome", "REACHED")), "summary", "Klart.",
                        "clientsView", "Bra.")), token), "goals", "providercontracts.reports.error.goal-unknown",
                        "mål"),
                new Bad("no summary", api.post(path(id, "completion"), json(Map.of("goals", List.of(),
                        "clientsView", "Bra.")), token), "summary", "providercontracts.error.text-required",
                        "Fyll i Sammanfattning"),
                new Bad("a malformed month", api.get("/api/v1/costs?from=2026-1&to=2026-02", token), "from",
                        "providercontracts.api.error.month", "ÅÅÅÅ-MM"),
                new Bad("no last month", api.get("/api/v1/costs?from=2026-01", token), "to",
                        "providercontracts.error.text-required", "Fyll i Till månad"),
                new Bad("a last month before the first", api.get("/api/v1/costs?from=2026-05&to=2026-01", token),
                        "to", "providercontracts.reports.error.period-order", "före"),
                new Bad("a span too long", api.get("/api/v1/costs?from=2020-01&to=2026-01", token), "to",
                        "providercontracts.reports.error.span-too-long", "36"));

        for (var b : bad) {
            var problem = problem(b.response(), 400);
            assertThat(problem.path("title").asString()).as(b.what()).isEqualTo("Ogiltig begäran");
            var error = problem.path("errors").get(0);
            assertThat(error.path("field").asString()).as(b.what()).isEqualTo(b.field());
            assertThat(error.path("key").asString()).as(b.what()).isEqualTo(b.key());
            assertThat(error.path("message").asString()).as(b.what()).contains(b.message());
            assertThat(b.response().body()).as(b.what()).doesNotContain("Exception").doesNotContain("tools.jackson");
        }
        assertThat(stored(id)).isEqualTo(before);
    }

    // ---- The document

    @Test
    void theOpenApiDocumentDescribesThePlanTheReportsAndTheCost() throws Exception {
        var document = okJson(api.get("/api/openapi.json", null));
        var paths = document.path("paths");

        assertThat(paths.path("/api/v1/assignments/{id}/implementation-plan").path("get").path("responses")
                .propertyNames()).contains("200", "400", "401", "403", "404");
        assertThat(paths.path("/api/v1/assignments/{id}/reports").path("get").path("responses").propertyNames())
                .contains("200", "404");
        for (var change : List.of(paths.path("/api/v1/assignments/{id}/implementation-plan/draft").path("put"),
                paths.path("/api/v1/assignments/{id}/implementation-plan/establishment").path("post"))) {
            assertThat(change.path("responses").propertyNames()).contains("200", "400", "401", "403", "404", "409");
            assertThat(change.path("requestBody").path("content").path("application/json").path("schema")
                    .path("$ref").asString()).startsWith("#/components/schemas/");
        }
        for (var step : List.of("attendance", "attendance-corrections", "deviations", "completion")) {
            var operation = paths.path("/api/v1/assignments/{id}/" + step).path("post");
            assertThat(operation.path("responses").propertyNames()).as(step)
                    .contains("200", "400", "401", "403", "404");
            assertThat(operation.path("requestBody").path("content").path("application/json").path("schema")
                    .path("$ref").asString()).as(step).startsWith("#/components/schemas/");
        }
        assertThat(paths.path("/api/v1/costs").path("get").path("parameters").valueStream()
                .map(p -> p.path("name").asString())).containsExactlyInAnyOrder("from", "to");
        assertThat(document.path("components").path("schemas").propertyNames()).contains("ImplementationPlan",
                "ImplementationPlanDraftRequest", "ImplementationPlanEstablishmentRequest", "Reports",
                "AttendanceRequest", "AttendanceCorrectionRequest", "DeviationRequest", "CompletionRequest", "Costs");
    }

    // ---- Fixtures

    private ProviderAssignmentFixture.Provider provider() {
        return fixture().provider("api-" + UUID.randomUUID().toString().substring(0, 8));
    }

    /** An assignment sent to the provider, which its system received, accepted and started two days ago. */
    private AssignmentId running(ProviderAssignmentFixture.Provider provider, String token) throws Exception {
        var id = fixture().sentTo(provider, BadInputFixture.UNIT, today.minusDays(3));
        var version = jdbc.sql("SELECT version FROM providercontracts.assignments WHERE id = ?").param(id.value())
                .query(Long.class).single();
        var received = okJson(api.post(path(id, "receipt"), json(Map.of("version", version)), token));
        var accepted = okJson(api.post(path(id, "acceptance"), json(Map.of("version",
                received.path("version").asLong(), "startsOn", today.minusDays(2).toString())), token));
        var started = okJson(api.post(path(id, "start"), json(Map.of("version", accepted.path("version").asLong(),
                "startedOn", today.minusDays(2).toString())), token));
        assertThat(started.path("status").asString()).isEqualTo("RUNNING");
        return id;
    }

    private ProviderAssignmentFixture fixture() {
        return new ProviderAssignmentFixture(context, today);
    }

    private static Map<String, Object> draft(long version, String activity) {
        return Map.of("version", version, "activities", List.of(Map.of("description", activity, "goal",
                "Minskat drickande", "performer", "Behandlare", "schedule", "Varje vecka")), "workingWith",
                "Möte med handläggaren varje månad.", "participation", "Klienten har varit med och skrivit planen.");
    }

    private static String plan(AssignmentId id) {
        return path(id, "implementation-plan");
    }

    private static String path(AssignmentId id, String step) {
        return "/api/v1/assignments/" + id.value() + "/" + step;
    }

    // ---- Reading the database

    /** What any plan or report would add to: the rows of the plan and of every report of the assignment. */
    private String stored(AssignmentId id) {
        return jdbc.sql("""
                        SELECT (SELECT count(*) FROM providercontracts.implementation_plans WHERE assignment_id = :id)
                            || ' ' || (SELECT count(*) FROM providercontracts.attendance_reports
                                       WHERE assignment_id = :id)
                            || ' ' || (SELECT count(*) FROM providercontracts.attendance_corrections
                                       WHERE assignment_id = :id)
                            || ' ' || (SELECT count(*) FROM providercontracts.deviations WHERE assignment_id = :id)
                            || ' ' || (SELECT count(*) FROM providercontracts.completion_reports
                                       WHERE assignment_id = :id)
                            || ' ' || (SELECT version FROM providercontracts.assignments WHERE id = :id)""")
                .param("id", id.value()).query(String.class).single();
    }

    private long rows(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    private List<String> eventsOf(Map<String, Object> claims) {
        return ApiCaller.eventsOf(jdbc, claims);
    }

    private List<String> accessLogOf(Map<String, Object> claims, String... what) {
        return jdbc.sql("SELECT access_kind || ' ' || what || ' ' || actor_username FROM accesslog.access_log "
                        + "WHERE actor_subject = :subject AND what IN (:what) ORDER BY id")
                .param("subject", claims.get("sub")).param("what", List.of(what)).query(String.class).list();
    }
}
