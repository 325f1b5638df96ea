package se.vardkedjan;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.mock.MockedUI;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.InvalidLocationException;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.NavigationTrigger;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import se.vardkedjan.sharedkernel.Roles;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad values in every route parameter and query parameter the product has, browserless against the real app and
 * database: ids that do not exist, ids of another kind of record, malformed values, markup, control characters, path
 * tricks and personal numbers. Each is answered by the not-found page (404), the refusal page (403) or the view's own
 * clear Swedish "cannot be shown" — never an exception, Vaadin's error page or a changed row. The routes are discovered
 * from the app, so a new route with a parameter fails {@link #everyRouteWithAParameterIsListed} until it is listed in
 * {@link #parameterised()}.
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadRouteInputTests {

    /** The views that read query parameters, by class, with the names they read. */
    private static final Map<String, Set<String>> QUERY_PARAMETERS = Map.of(
            // The case list's caseworker and saved filter (ADR 0022); a value it cannot use is ignored.
            "se.vardkedjan.casehandling.ui.CaseListView", Set.of("ansvarig", "filter"));
    /** Query parameter names tried on every route besides those a view reads and its own route parameters. */
    private static final List<String> ANY_QUERY_PARAMETERS = List.of("id");

    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactionManager;

    private BadInputFixture f;
    private TransactionTemplate rolledBack;

    /** A route's parameter: the id of the record it names, and the element a view shows for an id it cannot show. */
    private record RouteParameter(String validId, String cannotShowId) {
    }

    @BeforeAll
    void fixture() {
        f = BadInputFixture.of(context);
        rolledBack = new TransactionTemplate(transactionManager);
    }

    @BeforeEach
    void startVaadin() {
        KaribuVaadin.useSecurityOf(context);
        MockVaadin.setup(MockedUI::new, new MockSpringServlet(KaribuVaadin.routes(), context, MockedUI::new));
        UI.getCurrent().setLocale(Locale.of("sv"));
    }

    @AfterEach
    void stopVaadin() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
    }

    /** Every route with a parameter, with the record its parameter names. */
    private Map<String, RouteParameter> parameterised() {
        return Map.of(
                "arenden/:caseId([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})"
                        + "/:section?([a-z]+)", new RouteParameter(f.decidedCase.value().toString(),
                        "case-not-found"),
                "sip/:id", new RouteParameter(f.sip.value().toString(), "sip-denied"),
                // The fixture's provider staff have no assignment: any id shows the one "cannot be shown" page.
                "utforare/uppdrag/:id", new RouteParameter(UUID.nameUUIDFromBytes(
                        "bad-route-assignment".getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString(),
                        "provider-assignment-not-found"));
    }

    @Test
    void everyRouteWithAParameterIsListed() {
        assertThat(routes().keySet().stream().filter(template -> template.contains(":")))
                .as("a route with a parameter must be listed in parameterised(), with a valid id and what its view "
                        + "shows for an id it cannot show")
                .containsExactlyInAnyOrderElementsOf(parameterised().keySet());
    }

    /**
     * A view that reads query parameters must be listed with the names it reads, so that they get the bad values too.
     * The views are found by what they call: {@code QueryParameters} or {@code Location.getQueryParameters}.
     */
    @Test
    void onlyListedViewsReadQueryParameters() {
        var classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importClasses(routes().values().toArray(Class<?>[]::new));
        var readers = classes.stream().filter(type -> routes().containsValue(type.reflect()))
                .filter(type -> type.getMethodCallsFromSelf().stream().anyMatch(call ->
                        call.getTargetOwner().isAssignableTo(QueryParameters.class)
                                || call.getTarget().getName().equals("getQueryParameters")))
                .map(type -> type.getName()).collect(Collectors.toSet());
        assertThat(readers).as("views that read query parameters, to be listed in QUERY_PARAMETERS")
                .isSubsetOf(QUERY_PARAMETERS.keySet());
    }

    @TestFactory
    Stream<DynamicTest> everyRouteParameterAnswersABadValueWithNotFoundOrAClearRefusal() {
        return parameterised().entrySet().stream().map(route -> DynamicTest.dynamicTest(route.getKey(), () -> {
            var problems = new ArrayList<String>();
            var view = routes().get(route.getKey());
            for (var role : allowedRoles(view)) {
                var user = f.withRole(role);
                f.signIn(context, user);
                for (var value : badValues(route.getValue().validId())) {
                    for (var path : paths(route.getKey(), value)) {
                        problems.addAll(check(path, user, view, route.getValue().cannotShowId()).problems());
                    }
                }
            }
            // Someone whose role the view does not allow is refused whatever the id, and the refusal is a page.
            var outsider = f.withRole(allowedRoles(view).contains(Roles.CASEWORKER) ? Roles.PROVIDER_STAFF
                    : Roles.CASEWORKER);
            f.signIn(context, outsider);
            for (var path : paths(route.getKey(), route.getValue().validId())) {
                var checked = check(path, outsider, view, null);
                problems.addAll(checked.problems());
                if (checked.status() != 403) {
                    problems.add(outsider + " " + path + ": expected the refusal page (403), got " + checked.status());
                }
            }
            assertThat(problems).as("what went wrong").isEmpty();
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyRouteIgnoresOrRefusesBadQueryParameters() {
        return routes().entrySet().stream().map(route -> DynamicTest.dynamicTest("/" + route.getKey(), () -> {
            var problems = new ArrayList<String>();
            var user = f.withRole(allowedRoles(route.getValue()).getFirst());
            f.signIn(context, user);
            var parameter = parameterised().get(route.getKey());
            var path = parameter == null ? route.getKey() : paths(route.getKey(), parameter.validId()).getFirst();
            var expected = check(path, user, route.getValue(), null).status();
            var names = new LinkedHashSet<>(QUERY_PARAMETERS.getOrDefault(route.getValue().getName(), Set.of()));
            names.addAll(ANY_QUERY_PARAMETERS);
            Arrays.stream(route.getKey().split("/")).filter(segment -> segment.startsWith(":"))
                    .map(segment -> segment.substring(1).replaceAll("\\(.*", "").replace("?", ""))
                    .forEach(names::add);
            for (var name : names) {
                for (var value : badQueryValues()) {
                    var query = path + "?" + name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
                    var checked = check(query, user, route.getValue(), null);
                    problems.addAll(checked.problems());
                    if (checked.problems().isEmpty() && checked.status() != expected) {
                        problems.add(user + " " + shorten(query) + ": status " + checked.status() + ", without the "
                                + "query " + expected);
                    }
                }
            }
            assertThat(problems).as("what went wrong").isEmpty();
        }));
    }

    /**
     * Navigates as a page load does and checks what the user gets: a status of 200, 403 or 404 and no problem on the
     * screen; for 200 on a parameterised route the view's own "cannot be shown", in Swedish; no changed rows.
     */
    private Checked check(String path, BadInputFixture.User user, Class<?> view, String cannotShowId) {
        var problems = new ArrayList<String>();
        var where = user + " " + shorten(path) + ": ";
        var status = rolledBack.execute(transaction -> {
            transaction.setRollbackOnly();
            var before = BadInput.writes(jdbc);
            var outcome = navigate(path);
            if (outcome.failure() != null) {
                problems.add(where + "an exception escaped: " + outcome.failure());
                return outcome.status();
            }
            if (outcome.status() == 0) {
                return 0; // Not a location a browser can ask for.
            }
            BadInput.screenProblems().forEach(problem -> problems.add(where + problem));
            if (!Set.of(200, 403, 404).contains(outcome.status())) {
                problems.add(where + "status " + outcome.status());
            }
            if (outcome.status() == 404 && _find(Component.class, spec -> spec.withId("not-found")).isEmpty()) {
                problems.add(where + "404 without the not-found page");
            }
            if (outcome.status() == 403 && _find(Component.class, spec -> spec.withId("access-denied")).isEmpty()) {
                problems.add(where + "403 without the refusal page");
            }
            // A path the router reads as another route's (a trailing blank trimmed away) is that route's business.
            var shownView = UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst().getClass();
            if (outcome.status() == 200 && cannotShowId != null && shownView == view) {
                var shown = _find(Component.class, spec -> spec.withId(cannotShowId));
                if (shown.isEmpty()) {
                    problems.add(where + "the view showed something for a bad id (no #" + cannotShowId + ")");
                } else if (!BadInput.fromSwedishTexts(shown.getFirst().getElement().getTextRecursively())) {
                    problems.add(where + "not one of the Swedish texts: " + shown.getFirst().getElement()
                            .getTextRecursively());
                }
            }
            try {
                var changed = BadInput.changedTables(before, BadInput.writes(jdbc));
                if (!changed.isEmpty()) {
                    problems.add(where + "rows changed in " + changed);
                }
            } catch (RuntimeException aborted) {
                problems.add(where + "the database refused what the view did: " + aborted.getMessage());
            }
            return outcome.status();
        });
        return new Checked(problems, status == null ? 0 : status);
    }

    private record Checked(List<String> problems, int status) {
    }

    private record Outcome(int status, Throwable failure) {
    }

    /** Navigates as a page load does; status 0 when the path is not a location at all. */
    private static Outcome navigate(String path) {
        var ui = UI.getCurrent();
        Location location;
        try {
            location = new Location(path);
        } catch (InvalidLocationException | IllegalArgumentException notALocation) {
            return new Outcome(0, null);
        }
        try {
            return new Outcome(ui.getInternals().getRouter().navigate(ui, location, NavigationTrigger.PAGE_LOAD),
                    null);
        } catch (RuntimeException | AssertionError failure) {
            return new Outcome(500, failure);
        }
    }

    /**
     * What an attacker puts into an id: one that does not exist, the nil id, ids of the fixture's other kinds of
     * record, malformed and overlong values, a NUL, markup, path tricks, a personal number and a log row's number.
     */
    private List<String> badValues(String validId) {
        var values = new ArrayList<>(List.of(UUID.randomUUID().toString(), "00000000-0000-0000-0000-000000000000",
                f.plainPerson.value().toString(), f.decidedCase.value().toString(), f.decidedDecision.value().toString(),
                f.grantedIntervention.value().toString(), f.draftPlan.value().toString(),
                f.signedEntry.value().toString(), f.sip.value().toString(), f.pendingProposal.value().toString(),
                validId.toUpperCase(Locale.ROOT).replace('A', 'G'), validId + "0", validId.substring(1),
                "abc", "1", "-1", "0".repeat(36), "-".repeat(36), "x".repeat(5_000), "0123456789abcdef-".repeat(300),
                "%00", "\u0000", "<script>alert(1)</script>", "../", "..%2F..%2Fadmin", " ", f.plainPersonNumber,
                String.valueOf(f.accessLogEntry)));
        values.remove(validId);
        return values;
    }

    /** What an attacker puts into a query parameter no view reads: it must change nothing. */
    private List<String> badQueryValues() {
        return List.of(UUID.randomUUID().toString(), f.plainPerson.value().toString(), "abc", "x".repeat(5_000),
                "\u0000", "<script>alert(1)</script>", "../", f.plainPersonNumber);
    }

    /**
     * The paths for a route with its parameters set to the value, as typed and as a browser encodes it. An optional
     * parameter (the case page's tab) is left out: the id is what is tried here; the tab's own bad values are tried in
     * the case page's tests.
     */
    private static List<String> paths(String template, String value) {
        var encoded = URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
        var paths = new LinkedHashSet<String>();
        for (var segmentValue : List.of(value, encoded)) {
            paths.add(Arrays.stream(template.split("/"))
                    .filter(segment -> !segment.matches(":[^(]*\\?.*"))
                    .map(segment -> segment.startsWith(":") ? segmentValue : segment)
                    .collect(Collectors.joining("/")));
        }
        return List.copyOf(paths);
    }

    /** The app's routes by template ({@code arenden/:caseId(...)}), the error views and layouts left out. */
    private static Map<String, Class<?>> routes() {
        var found = new TreeMap<String, Class<?>>();
        for (var view : KaribuVaadin.routes().getRoutes()) {
            var route = view.getAnnotation(Route.class);
            if (route != null) {
                found.put(route.value(), view);
            }
        }
        return found;
    }

    /** The roles that may open a view: its {@code @RolesAllowed}, or any staff role for a view open to everyone. */
    private static List<String> allowedRoles(Class<?> view) {
        var allowed = view.getAnnotation(RolesAllowed.class);
        if (allowed != null) {
            return List.of(allowed.value());
        }
        if (view.isAnnotationPresent(PermitAll.class) || view.isAnnotationPresent(AnonymousAllowed.class)) {
            return List.of(Roles.CASEWORKER);
        }
        throw new IllegalStateException(view + " says nothing about who may open it");
    }

    private static String shorten(String text) {
        var printable = text.replace("\u0000", "\\0");
        return printable.length() > 90 ? printable.substring(0, 90) + "…(" + text.length() + ")" : printable;
    }
}
