package se.vardkedjan.casehandling.ui;

import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockRouteAccessDeniedError;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.Route;
import io.github.classgraph.ClassGraph;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.mock.MockedUI;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.github.mvysny.fakeservlet.FakeRequest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinServletRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;
import se.vardkedjan.casehandling.CaseHandling;
import se.vardkedjan.casehandling.CasePageSection;
import se.vardkedjan.casehandling.CaseStatus;
import se.vardkedjan.casehandling.IntakeKind;
import se.vardkedjan.casehandling.PersonRegister;
import se.vardkedjan.casehandling.PreliminaryOutcome;
import se.vardkedjan.casehandling.ProtectionLevel;
import se.vardkedjan.casehandling.RegisterIntake;
import se.vardkedjan.casehandling.RegisterPerson;
import se.vardkedjan.casehandling.readmodel.CaseListItem;
import se.vardkedjan.sharedkernel.CaseId;
import se.vardkedjan.sharedkernel.PersonId;
import se.vardkedjan.sharedkernel.Roles;
import se.vardkedjan.sharedkernel.UnitCode;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The staff views of case handling, browserless against the real facades and PostgreSQL: case lists, search and
 * intake, the case page with its timeline and tabs, and the access log. Users are signed in as the OIDC login leaves
 * them; each test uses fresh usernames so "my cases" are its own.
 */
@SpringBootTest
class StaffViewsTests {

    private static final UnitCode NORTH = new UnitCode("ui-nord");
    private static final UnitCode SOUTH = new UnitCode("ui-syd");
    private static final AtomicInteger USERS = new AtomicInteger();
    /** Our views are package-private; discover them regardless of visibility, as ShellViewsTests does. */
    private static final Routes ROUTES = se.vardkedjan.KaribuVaadin.routes();

    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PersonRegister register;
    @Autowired
    CaseHandling caseHandling;
    @Autowired
    se.vardkedjan.casehandling.persistence.CaseRows cases;
    @Autowired
    se.vardkedjan.casehandling.CarePlans carePlans;

    /** Two tiny parts of the case page, as the investigation and decision sessions will contribute. */
    @TestConfiguration
    static class TestSections {

        @Bean
        CasePageSection laterTestSection() {
            return section("casehandling.test.later", "testlater", 950, "Beslut fattat (test)", 1);
        }

        @Bean
        CasePageSection earlierTestSection() {
            return section("casehandling.test.earlier", "testearlier", 150, "Utredning startad (test)", 5);
        }

        private static CasePageSection section(String key, String path, int order, String event, int daysAgo) {
            return new CasePageSection() {
                @Override
                public String titleKey() {
                    return key;
                }

                @Override
                public String path() {
                    return path;
                }

                @Override
                public int order() {
                    return order;
                }

                @Override
                public Component create(CaseId caseId) {
                    var content = new Div(new Span(key + " " + caseId.value()));
                    content.setId("test-section-" + order);
                    return content;
                }

                @Override
                public List<TimelineEntry> timeline(CaseId caseId) {
                    return List.of(new TimelineEntry(LocalDate.now().minusDays(daysAgo), key, event, false));
                }
            };
        }
    }

    @BeforeEach
    void startVaadin() {
        jdbc.sql("INSERT INTO organisation.districts (code, name) VALUES ('ui-d1', 'Norr'), ('ui-d2', 'Söder') "
                + "ON CONFLICT DO NOTHING").update();
        jdbc.sql("INSERT INTO organisation.units (code, district_code, name) VALUES "
                + "('ui-nord', 'ui-d1', 'Beroende Norr'), ('ui-syd', 'ui-d2', 'Beroende Söder') ON CONFLICT DO NOTHING")
                .update();
        se.vardkedjan.KaribuVaadin.useSecurityOf(context);
        MockVaadin.setup(MockedUI::new, new MockSpringServlet(ROUTES, context, MockedUI::new));
        UI.getCurrent().setLocale(Locale.of("sv"));
    }

    @AfterEach
    void stopVaadin() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
    }

    @Test
    void theUnitsListShowsOnlyCasesOfTheUsersUnitsAndFilters() {
        caseworker(SOUTH);
        var elsewhere = intakeFor(newPerson("Sven", "Söder"), SOUTH, LocalDate.now().minusDays(3));
        var north = caseworker(NORTH);
        var family = "Unikdottir" + north.username().replaceAll("[^a-z]", "") + USERS.get();
        var anna = intakeFor(newPerson("Anna", family), NORTH, LocalDate.now().minusDays(2));
        var bo = intakeFor(newPerson("Bo", "Vanlig"), NORTH, LocalDate.now().minusDays(1));
        UI.getCurrent().navigate("arenden");

        var tabs = _get(Tabs.class, spec -> spec.withId("case-list-scope"));
        tabs.setSelectedTab(_get(Tab.class, spec -> spec.withId("case-list-units")));
        assertThat(caseIds()).contains(anna, bo).doesNotContain(elsewhere);

        _setValue(_get(TextField.class, spec -> spec.withId("case-filter-person")), family);
        assertThat(caseIds()).containsExactly(anna);
        var grid = caseGrid();
        assertThat(GridKt._getFormatted(grid, 0, "status")).isEqualTo("Aktualiserad");
        assertThat(GridKt._getFormatted(grid, 0, "kind")).isEqualTo("Ansökan");

        _setValue(_get(TextField.class, spec -> spec.withId("case-filter-person")), "");
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<CaseStatus> statuses = _get(MultiSelectComboBox.class,
                spec -> spec.withId("case-filter-status"));
        _setValue(statuses, Set.of(CaseStatus.CLOSED));
        assertThat(caseIds()).doesNotContain(anna, bo);
        _setValue(statuses, Set.of(CaseStatus.INTAKE));
        GridKt._sortByKey(grid, "received", com.vaadin.flow.data.provider.SortDirection.ASCENDING);
        var ids = caseIds();
        assertThat(ids.indexOf(anna)).isLessThan(ids.indexOf(bo));
        // The other unit's intake is an intake too, and still not in the list.
        assertThat(ids).doesNotContain(elsewhere);
    }

    @Test
    void aPersonFilterWithTooManyWordsOrTooLongIsRefusedInTheFieldAndTheListKeepsItsFilter() {
        var north = caseworker(NORTH);
        var family = "Filterdottir" + north.username().replaceAll("[^a-z]", "") + USERS.get();
        var anna = intakeFor(newPerson("Anna", family), NORTH, LocalDate.now().minusDays(2));
        UI.getCurrent().navigate("arenden");
        _get(Tabs.class, spec -> spec.withId("case-list-scope"))
                .setSelectedTab(_get(Tab.class, spec -> spec.withId("case-list-units")));
        var field = _get(TextField.class, spec -> spec.withId("case-filter-person"));
        _setValue(field, family);
        assertThat(caseIds()).containsExactly(anna);

        _setValue(field, "an be ce de ef");
        assertThat(field.isInvalid()).isTrue();
        assertThat(field.getErrorMessage()).isEqualTo("Sök på högst 4 ord av namnet.");
        assertThat(caseIds()).as("the last accepted filter").containsExactly(anna);

        _setValue(field, "x".repeat(101));
        assertThat(field.getErrorMessage()).isEqualTo("Sök på högst 100 tecken.");
        _setValue(field, "Anna F");
        assertThat(field.getErrorMessage()).isEqualTo("Varje ord behöver minst 2 tecken.");
        assertThat(caseIds()).containsExactly(anna);

        _setValue(field, "");
        assertThat(field.isInvalid()).isFalse();
        assertThat(caseIds()).contains(anna);
    }

    @Test
    void theCaseListAndTheCasePageNameTheResponsibleCaseworkerAndTheUnitNotTheirCodes() {
        var me = caseworker(NORTH);
        jdbc.sql("INSERT INTO organisation.staff_members (username, display_name) VALUES (?, 'Hanna Handläggare')")
                .param(me.username()).update();
        var caseId = intakeFor(newPerson("Nora", "Namn"), NORTH, LocalDate.now().minusDays(1));
        UI.getCurrent().navigate("arenden");

        var row = caseIds().indexOf(caseId);
        assertThat(GridKt._getFormatted(caseGrid(), row, "responsible")).isEqualTo("Hanna Handläggare");
        assertThat(GridKt._getFormatted(caseGrid(), row, "unit")).isEqualTo("Beroende Norr");

        UI.getCurrent().navigate(CaseView.class, CaseView.parameters(caseId));
        assertThat(_get(Span.class, spec -> spec.withId("case-responsible")).getText())
                .isEqualTo("Ansvarig handläggare: Hanna Handläggare");
        assertThat(_get(Span.class, spec -> spec.withId("case-unit")).getText())
                .isEqualTo("Enhet: Beroende Norr");
    }

    @Test
    void aCaseworkerTheOrganisationRegisterDoesNotHoldIsShownByUsername() {
        var me = caseworker(NORTH);
        var caseId = intakeFor(newPerson("Olle", "Okänd"), NORTH, LocalDate.now().minusDays(1));
        UI.getCurrent().navigate("arenden");

        assertThat(GridKt._getFormatted(caseGrid(), caseIds().indexOf(caseId), "responsible"))
                .isEqualTo(me.username());
        UI.getCurrent().navigate(CaseView.class, CaseView.parameters(caseId));
        assertThat(_get(Span.class, spec -> spec.withId("case-responsible")).getText())
                .isEqualTo("Ansvarig handläggare: " + me.username());
    }

    @Test
    void theStartPageGroupsMyLateWorkNamingTheClientAndLinksEachItemToItsTab() {
        caseworker(NORTH);
        var old = intakeFor(newPerson("Gammal", "Aktualisering"), NORTH, LocalDate.now().minusMonths(7));
        var late = intakeFor(newPerson("Sen", "Utredning"), NORTH, LocalDate.now().minusDays(40));
        caseHandling.assess(late, 0, PreliminaryOutcome.OPEN_INVESTIGATION, "Behov finns.",
                LocalDate.now().minusDays(39), LocalDate.now().minusDays(1));
        UI.getCurrent().navigate("");

        assertThat(_get(H3.class, spec -> spec.withId("work-group-overdue-heading")).getText())
                .isEqualTo("Försenat (2)");
        var links = _find(Anchor.class, spec -> spec.withClasses("vk-work-item"));
        assertThat(links).extracting(Anchor::getText).containsExactlyInAnyOrder(
                "Utredningstid – Sen Utredning", "Klienten kan begära beslut – Gammal Aktualisering");
        assertThat(links).extracting(Anchor::getHref).containsExactlyInAnyOrder(
                "arenden/" + late.value() + "/utredning", "arenden/" + old.value() + "/utredning");
        assertThat(_find(Component.class, spec -> spec.withId("case-reminders"))).isEmpty();

        UI.getCurrent().navigate("arenden");
        assertThat(_find(Component.class, spec -> spec.withId("case-reminders"))).isEmpty();
        assertThat(text(GridKt._getCellComponent(caseGrid(), caseIds().indexOf(late), "deadline")))
                .contains("Försenad");
    }

    @Test
    void aDecidedCaseIsNotMarkedLateForItsInvestigationDeadlineInTheCaseList() {
        caseworker(NORTH);
        var decided = intakeFor(newPerson("Beslutad", "Bengtsson"), NORTH, LocalDate.now().minusDays(40));
        caseHandling.assess(decided, 0, PreliminaryOutcome.OPEN_INVESTIGATION, "Behov finns.",
                LocalDate.now().minusDays(39), LocalDate.now().minusDays(1));
        var found = cases.find(decided).orElseThrow();
        found.markDecided();
        cases.update(found);
        UI.getCurrent().navigate("arenden");

        assertThat(text(GridKt._getCellComponent(caseGrid(), caseIds().indexOf(decided), "deadline")))
                .doesNotContain("Försenad");
        UI.getCurrent().navigate("");
        assertThat(_find(Anchor.class, spec -> spec.withClasses("vk-work-item"))).extracting(Anchor::getText)
                .noneMatch(link -> link.contains("Beslutad Bengtsson") && link.startsWith("Utredningstid"));
    }

    @Test
    void theStartPageLeavesAPlanGoalDueForFollowUpToFollowUpsOwnItem() {
        caseworker(NORTH);
        var caseId = intakeFor(newPerson("Uno", "Uppföljning"), NORTH, LocalDate.now().minusDays(60));
        caseHandling.assess(caseId, 0, PreliminaryOutcome.OPEN_INVESTIGATION, "Behov finns.",
                LocalDate.now().minusDays(59), LocalDate.now().plusDays(60));
        var decided = cases.find(caseId).orElseThrow();
        decided.markDecided();
        cases.update(decided);
        var plan = carePlans.draft(caseId, LocalDate.now().minusDays(10));
        carePlans.setGoal(plan, 0, new se.vardkedjan.casehandling.GoalInput("Jag vill sova bättre.", "Sömndagbok",
                LocalDate.now().plusDays(5)));
        carePlans.recordAgreement(plan, 1, LocalDate.now().minusDays(9), se.vardkedjan.casehandling.AgreementChannel.MEETING);
        UI.getCurrent().navigate("");

        // Follow-up schedules the goal and shows it, linked to the case's Uppföljning tab (ADR 0030's amendment);
        // case handling's own item for it, linked to the plan, is gone so the caseworker sees it once.
        assertThat(_find(Anchor.class, spec -> spec.withClasses("vk-work-item")).stream()
                .map(Anchor::getHref)).doesNotContain("arenden/" + caseId.value() + "/plan");
        assertThat(text(_get(Component.class, spec -> spec.withId("work-items"))))
                .doesNotContain("Uppföljning av mål");
    }

    @Test
    void aUnitManagersStartPageShowsTheWorkloadWithEachNumberLinkingToTheFilteredCaseList() {
        var caseworker = caseworker(NORTH);
        var late = intakeFor(newPerson("Lena", "Lastad"), NORTH, LocalDate.now().minusDays(40));
        caseHandling.assess(late, 0, PreliminaryOutcome.OPEN_INVESTIGATION, "Behov finns.",
                LocalDate.now().minusDays(39), LocalDate.now().minusDays(1));
        signIn("ec" + USERS.incrementAndGet() + "-" + ThreadLocalRandom.current().nextInt(1_000_000),
                List.of(Roles.UNIT_MANAGER), List.of(NORTH.value()));
        UI.getCurrent().navigate("");

        var overdue = _find(Anchor.class, spec -> spec.withClasses("vk-workload-overdue")).stream()
                .filter(link -> link.getHref().contains("ansvarig=" + caseworker.username() + "&")).toList();
        assertThat(overdue).singleElement().satisfies(link -> {
            assertThat(link.getText()).isEqualTo("1");
            assertThat(link.getHref()).isEqualTo("arenden?ansvarig=" + caseworker.username() + "&filter=forsenade");
        });

        // As the link does (and a reload): the filters come from the address.
        UI.getCurrent().navigate("arenden", com.vaadin.flow.router.QueryParameters.fromString(
                "ansvarig=" + caseworker.username() + "&filter=forsenade"));
        assertThat(caseIds()).containsExactly(late);
        assertThat(_get(Button.class, spec -> spec.withId("case-chip-forsenade")).getElement()
                .getAttribute("aria-pressed")).isEqualTo("true");
    }

    @Test
    void theWorkloadsFollowUpsAreFollowUpsScheduleLinkedToItsPageOfDueFollowUps() {
        var caseworker = caseworker(NORTH);
        var caseId = intakeFor(newPerson("Frida", "Följd"), NORTH, LocalDate.now().minusDays(20));
        // two scheduled follow-ups on the caseworker's case: one overdue, one due in a week; one done is not counted
        for (var due : List.of(List.of(-3, "DUE"), List.of(7, "DUE"), List.of(-10, "DONE"))) {
            jdbc.sql("""
                            INSERT INTO followup.scheduled_follow_ups (id, case_id, unit_code, source_kind, source_id,
                                intervention_type, due_on, status, done_on, scheduled_at)
                            VALUES (?, ?, ?, 'INTERVENTION', ?, 'OUTPATIENT', ?, ?, ?, now())""")
                    .params(java.util.UUID.randomUUID(), caseId.value(), NORTH.value(), java.util.UUID.randomUUID(),
                            java.sql.Date.valueOf(LocalDate.now().plusDays((Integer) due.get(0))), due.get(1),
                            "DONE".equals(due.get(1)) ? java.sql.Date.valueOf(LocalDate.now().minusDays(9)) : null)
                    .update();
        }
        signIn("ef" + USERS.incrementAndGet() + "-" + ThreadLocalRandom.current().nextInt(1_000_000),
                List.of(Roles.UNIT_MANAGER), List.of(NORTH.value()));
        UI.getCurrent().navigate("");

        var followUps = _find(Anchor.class, spec -> spec.withClasses("vk-workload-follow-ups")).stream()
                .filter(link -> link.getElement().getAttribute("aria-label").contains(caseworker.username()))
                .toList();
        assertThat(followUps).singleElement().satisfies(link -> {
            assertThat(link.getText()).isEqualTo("2");
            assertThat(link.getHref()).isEqualTo("uppfoljningar");
        });
    }

    @Test
    void searchRegisterAndIntakeLeadToTheNewCasePage() {
        caseworker(NORTH);
        UI.getCurrent().navigate("arenden/ny");
        var number = se.vardkedjan.KaribuVaadin.personalNumber();

        _setValue(_get(TextField.class, spec -> spec.withId("person-search-term")), number);
        _click(_get(Button.class, spec -> spec.withId("person-search")));
        _get(Paragraph.class, spec -> spec.withId("person-search-none"));
        _setValue(_get(TextField.class, spec -> spec.withId("register-identity")), number);
        _setValue(_get(TextField.class, spec -> spec.withId("register-given-name")), "Nora");
        _setValue(_get(TextField.class, spec -> spec.withId("register-family-name")), "Nyström");
        _click(_get(Button.class, spec -> spec.withId("register-save")));

        assertThat(_find(Div.class, spec -> spec.withId("intake-duplicate-warning"))).isEmpty();
        _setValue(_get(TextArea.class, spec -> spec.withId("intake-description")), "Ansöker om öppenvård.");
        _click(_get(Button.class, spec -> spec.withId("intake-save")));

        assertThat(_get(H1.class, spec -> spec.withId("case-heading")).getText()).isEqualTo("Nora Nyström");
        assertThat(_get(Span.class, spec -> spec.withId("case-status")).getText())
                .isEqualTo("Aktualiserad");
    }

    @Test
    void theCasePagesAccessLogIsTheUnitManagersAndACaseworkerGetsNoRows() {
        var worker = caseworker(NORTH);
        var caseId = intakeFor(newPerson("Logg", "Läsare"), NORTH, LocalDate.now().minusDays(1));
        UI.getCurrent().navigate(CaseView.class, CaseView.parameters(caseId));
        var section = context.getBean(AccessLogSection.class);
        assertThat(section.path()).isEqualTo("atkomstlogg");
        assertThat(_find(com.vaadin.flow.component.tabs.Tab.class, spec -> spec.withId("case-tab-AccessLogSection")))
                .as("a caseworker gets no access-log tab").isEmpty();

        var forCaseworker = section.create(caseId);
        UI.getCurrent().add(forCaseworker);
        assertThat(_find(Grid.class, spec -> spec.withId("case-access-log-grid"))).isEmpty();
        assertThat(_get(Paragraph.class, spec -> spec.withId("case-access-log-managers-only")).getText())
                .contains("enhetschefen");
        UI.getCurrent().remove(forCaseworker);

        var manager = signIn("chef" + USERS.incrementAndGet(), List.of(Roles.UNIT_MANAGER, Roles.CASEWORKER),
                List.of(NORTH.value()));
        UI.getCurrent().navigate(CaseView.class, CaseView.parameters(caseId));
        assertThat(_find(com.vaadin.flow.component.tabs.Tab.class, spec -> spec.withId("case-tab-AccessLogSection")))
                .as("the unit manager's access-log tab").hasSize(1);
        UI.getCurrent().add(section.create(caseId));
        @SuppressWarnings("unchecked")
        Grid<se.vardkedjan.casehandling.readmodel.AccessLogLine> grid = _get(Grid.class,
                spec -> spec.withId("case-access-log-grid"));
        var users = IntStream.range(0, GridKt._size(grid)).mapToObj(row -> cell(grid, row, "user")).toList();
        assertThat(users).anyMatch(user -> user.contains(worker.username()));
        assertThat(IntStream.range(0, GridKt._size(grid)).mapToObj(row -> cell(grid, row, "what")).toList())
                .anyMatch(what -> what.startsWith("Öppnade ärendet (") || what.contains("ärende"));
        assertThat(grid.getColumns()).allSatisfy(column -> assertThat(column.isSortable()).isTrue());
        assertThat(jdbc.sql("SELECT count(*) FROM accesslog.access_log WHERE actor_username = ? AND case_id = ? "
                        + "AND what = 'ACCESS_LOG'").params(manager.username(), caseId.value())
                .query(Integer.class).single()).as("reading the case's log is logged").isEqualTo(1);
    }

    @Test
    void theSearchedNumberIsCarriedIntoTheNewPersonForm() {
        caseworker(NORTH);
        UI.getCurrent().navigate("arenden/ny");
        var number = se.vardkedjan.KaribuVaadin.personalNumber();

        _setValue(_get(TextField.class, spec -> spec.withId("person-search-term")), number);
        _click(_get(Button.class, spec -> spec.withId("person-search")));

        var identity = _get(TextField.class, spec -> spec.withId("register-identity"));
        assertThat(identity.getValue()).isEqualTo(number);
        assertThat(identity.isRequiredIndicatorVisible()).isTrue();
    }

    @Test
    void aRefusedPersonNumberIsMarkedAtItsFieldListedInTheSummaryAndNothingIsSaved() {
        caseworker(NORTH);
        UI.getCurrent().navigate("arenden/ny");
        var persons = jdbc.sql("SELECT count(*) FROM casehandling.persons").query(Long.class).single();
        _click(_get(Button.class, spec -> spec.withId("person-register-open")));

        _setValue(_get(TextField.class, spec -> spec.withId("register-identity")), "19800101-1234");
        _setValue(_get(TextField.class, spec -> spec.withId("register-given-name")), "Fel");
        _setValue(_get(TextField.class, spec -> spec.withId("register-family-name")), "Nummer");
        _click(_get(Button.class, spec -> spec.withId("register-save")));

        var identity = _get(TextField.class, spec -> spec.withId("register-identity"));
        assertThat(identity.isInvalid()).isTrue();
        assertThat(identity.getErrorMessage()).isNotBlank();
        assertThat(_get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("register-problems"))
                .isVisible()).isTrue();
        assertThat(problemMessages()).containsExactly(identity.getErrorMessage());
        assertThat(_find(Span.class, spec -> spec.withId("problem-message"))).as("no toast").isEmpty();
        assertThat(jdbc.sql("SELECT count(*) FROM casehandling.persons").query(Long.class).single())
                .isEqualTo(persons);
    }

    @Test
    void requiredFieldsLeftEmptyAreMarkedBeforeTheFacadeIsAsked() {
        caseworker(NORTH);
        UI.getCurrent().navigate("arenden/ny");
        _click(_get(Button.class, spec -> spec.withId("person-register-open")));
        _setValue(_get(TextField.class, spec -> spec.withId("register-identity")),
                se.vardkedjan.KaribuVaadin.personalNumber());

        _click(_get(Button.class, spec -> spec.withId("register-save")));

        assertThat(_get(TextField.class, spec -> spec.withId("register-given-name")).isInvalid()).isTrue();
        assertThat(_get(TextField.class, spec -> spec.withId("register-family-name")).isInvalid()).isTrue();
        assertThat(problemMessages()).containsExactly("Fyll i Förnamn.", "Fyll i Efternamn.");
        // Each problem is a link to its field.
        _click(_get(Button.class, spec -> spec.withText("Fyll i Förnamn.")));
    }

    @Test
    void anIntakeReceivedInTheFutureIsRefusedAtTheDateAndNoCaseIsRegistered() {
        caseworker(NORTH);
        var number = se.vardkedjan.KaribuVaadin.personalNumber();
        var person = register.register(new RegisterPerson(number, null, null, "Framtida", "Fredriksson", null, null,
                null, null, null, ProtectionLevel.NONE));
        UI.getCurrent().navigate("arenden/ny");
        _setValue(_get(TextField.class, spec -> spec.withId("person-search-term")), number);
        _click(_get(Button.class, spec -> spec.withId("person-search")));
        _click(_get(Button.class, spec -> spec.withId("person-choose-" + person.value())));

        assertThat(_get(ComboBox.class, spec -> spec.withId("intake-unit")).getValue()).isEqualTo(NORTH);
        @SuppressWarnings("unchecked")
        ComboBox<UnitCode> unit = _get(ComboBox.class, spec -> spec.withId("intake-unit"));
        assertThat(unit.getItemLabelGenerator().apply(NORTH)).as("the unit's name, not its code")
                .isEqualTo("Beroende Norr");
        _setValue(_get(DatePicker.class, spec -> spec.withId("intake-received-on")), LocalDate.now().plusDays(3));
        _setValue(_get(TextArea.class, spec -> spec.withId("intake-description")), "Ansöker om stöd.");
        _click(_get(Button.class, spec -> spec.withId("intake-save")));

        var receivedOn = _get(DatePicker.class, spec -> spec.withId("intake-received-on"));
        assertThat(receivedOn.isInvalid()).isTrue();
        assertThat(receivedOn.getErrorMessage()).contains("Inkom datum");
        assertThat(caseHandling.openCasesOf(person).any()).isFalse();
    }

    @Test
    void aPersonWithAnOpenCaseGetsADuplicateWarningThatMustBeAcknowledged() {
        caseworker(NORTH);
        var number = se.vardkedjan.KaribuVaadin.personalNumber();
        var person = register.register(new RegisterPerson(number, null, null, "Dan", "Dubblett", null, null, null,
                null, null, ProtectionLevel.NONE));
        intakeFor(person, NORTH, LocalDate.now().minusDays(5));
        UI.getCurrent().navigate("arenden/ny");

        _setValue(_get(TextField.class, spec -> spec.withId("person-search-term")), number);
        _click(_get(Button.class, spec -> spec.withId("person-search")));
        assertThat(text(_get(Component.class, spec -> spec.withId("person-search-results"))))
                .contains("Dan Dubblett", "1 i dina enheter");
        _click(_get(Button.class, spec -> spec.withId("person-choose-" + person.value())));

        var warning = _get(Div.class, spec -> spec.withId("intake-duplicate-warning"));
        assertThat(text(warning)).contains("redan öppna ärenden", "Öppet ärende 1");
        _setValue(_get(TextArea.class, spec -> spec.withId("intake-description")), "Ny ansökan.");
        _click(_get(Button.class, spec -> spec.withId("intake-save")));
        assertThat(problemMessages()).anyMatch(message -> message.contains("redan ett öppet ärende"));
        assertThat(_get(Checkbox.class, spec -> spec.withId("intake-acknowledge")).isInvalid())
                .as("the refusal is marked at the acknowledgement").isTrue();

        _setValue(_get(Checkbox.class, spec -> spec.withId("intake-acknowledge")), true);
        _click(_get(Button.class, spec -> spec.withId("intake-save")));
        assertThat(_get(H1.class, spec -> spec.withId("case-heading")).getText()).isEqualTo("Dan Dubblett");
    }

    @Test
    void aUnitManagerMakesACaseworkerOfTheUnitResponsibleByChoosingThemByName() {
        var colleague = staffMember("Bo Bäst", NORTH);
        var manager = signIn("chef" + USERS.incrementAndGet(), List.of(Roles.UNIT_MANAGER, Roles.CASEWORKER),
                List.of(NORTH.value()));
        var caseId = intakeFor(newPerson("Vera", "Välj"), NORTH, LocalDate.now().minusDays(2));
        UI.getCurrent().navigate(CaseView.class, CaseView.parameters(caseId));

        // Nobody chosen: marked at the choice before the facade is asked, nothing saved.
        _click(_get(Button.class, spec -> spec.withId("assign-save")));
        assertThat(problemMessages()).contains("Fyll i Handläggare.");
        assertThat(_get(ComboBox.class, spec -> spec.withId("assign-staff")).isInvalid()).isTrue();
        assertThat(caseHandling.summary(caseId).staffing().responsible()).isEqualTo(manager.username());

        @SuppressWarnings("unchecked")
        ComboBox<se.vardkedjan.organisation.StaffMember> staff = _get(ComboBox.class,
                spec -> spec.withId("assign-staff"));
        assertThat(ComboBoxKt.getSuggestions(staff)).contains("Bo Bäst (" + colleague + ")");
        ComboBoxKt.selectByLabel(staff, "Bo Bäst (" + colleague + ")");
        _click(_get(Button.class, spec -> spec.withId("assign-save")));

        assertThat(caseHandling.summary(caseId).staffing().responsible()).isEqualTo(colleague);
        assertThat(_get(Span.class, spec -> spec.withId("case-responsible")).getText())
                .isEqualTo("Ansvarig handläggare: Bo Bäst");
    }

    @Test
    void aCaseworkerOnlyTakesACaseThemselvesAndMustBeStaffOfTheUnitInTheRegister() {
        var registrant = caseworker(NORTH);
        var caseId = intakeFor(newPerson("Tor", "Tagen"), NORTH, LocalDate.now().minusDays(2));
        var taker = caseworker(NORTH);
        UI.getCurrent().navigate(CaseView.class, CaseView.parameters(caseId));
        assertThat(_find(ComboBox.class, spec -> spec.withId("assign-staff"))).as("no choice of others").isEmpty();

        _click(_get(Button.class, spec -> spec.withId("assign-me")));
        assertThat(problemMessages()).anyMatch(message -> message.contains("arbetar i ärendets enhet"));
        assertThat(caseHandling.summary(caseId).staffing().responsible()).as("still the one who registered it")
                .isEqualTo(registrant.username());

        jdbc.sql("INSERT INTO organisation.staff_members (username, display_name) VALUES (?, 'Tage Tar')")
                .param(taker.username()).update();
        jdbc.sql("INSERT INTO organisation.staff_units (username, unit_code) VALUES (?, ?)")
                .params(taker.username(), NORTH.value()).update();
        _click(_get(Button.class, spec -> spec.withId("assign-me")));
        assertThat(caseHandling.summary(caseId).staffing().responsible()).isEqualTo(taker.username());
    }

    @Test
    void thePreliminaryAssessmentSavesAndAStaleVersionShowsTheConcurrentChange() {
        var me = caseworker(NORTH);
        var caseId = intakeFor(newPerson("Ulla", "Utreds"), NORTH, LocalDate.now().minusDays(4));
        UI.getCurrent().navigate(CaseView.class, CaseView.parameters(caseId));
        fillAssessment();
        _click(_get(Button.class, spec -> spec.withId("assessment-save")));
        assertThat(_get(Span.class, spec -> spec.withId("case-status")).getText())
                .isEqualTo("Utredning pågår");

        var other = intakeFor(newPerson("Stig", "Samtidig"), NORTH, LocalDate.now().minusDays(4));
        jdbc.sql("INSERT INTO organisation.staff_members (username, display_name) VALUES (?, 'Mia Jag')")
                .param(me.username()).update();
        jdbc.sql("INSERT INTO organisation.staff_units (username, unit_code) VALUES (?, ?)")
                .params(me.username(), NORTH.value()).update();
        UI.getCurrent().navigate(CaseView.class, CaseView.parameters(other));
        fillAssessment();
        caseHandling.assign(other, 0, me.username()); // someone else saves first
        _click(_get(Button.class, spec -> spec.withId("assessment-save")));

        assertThat(problemMessages()).anyMatch(message -> message.startsWith("Någon annan har ändrat"));
        assertThat(caseHandling.summary(other).status()).isEqualTo(CaseStatus.INTAKE);
        assertThat(_get(Span.class, spec -> spec.withId("case-status")).getText())
                .isEqualTo("Aktualiserad");
    }

    @Test
    void theCasePageHasATabAndTimelineEntriesFromEverySectionInOrder() {
        caseworker(NORTH);
        var caseId = intakeFor(newPerson("Tea", "Tidslinje"), NORTH, LocalDate.now().minusDays(10));
        UI.getCurrent().navigate(CaseView.class, CaseView.parameters(caseId));

        var sheet = _get(TabSheet.class, spec -> spec.withId("case-tabs"));
        var tabs = com.github.mvysny.kaributesting.v10.TabSheetsKt.get_tabs(sheet);
        var labels = IntStream.range(0, tabs.getComponentCount())
                .mapToObj(i -> tabs.getTabAt(i).getLabel()).toList();
        // The real sections (investigation 100, decision 200, plan 300, ...) sit between them by their order.
        assertThat(labels.getFirst()).isEqualTo("Översikt");
        assertThat(labels).containsSubsequence("Översikt", "!casehandling.test.earlier!", "!casehandling.test.later!");
        assertThat(labels.indexOf("!casehandling.test.later!")).isEqualTo(labels.size() - 1);

        var timeline = text(_get(Div.class, spec -> spec.withId("case-timeline")));
        assertThat(timeline).containsSubsequence("Aktualisering", "Utredning startad (test)",
                "Beslut fattat (test)", "Kommande", "Klienten kan begära beslut");

        sheet.setSelectedIndex(labels.indexOf("!casehandling.test.later!"));
        assertThat(text(_get(Div.class, spec -> spec.withId("test-section-950")))).contains(caseId.value().toString());
    }

    @Test
    void anUnknownCaseOrAnotherUnitsCaseShowsANoAccessState() {
        caseworker(SOUTH);
        var theirs = intakeFor(newPerson("Olle", "Annanstans"), SOUTH, LocalDate.now().minusDays(1));
        caseworker(NORTH);

        UI.getCurrent().navigate(CaseView.class, CaseView.parameters(theirs));
        assertThat(_get(H1.class, spec -> spec.withId("case-not-found")).getText()).isEqualTo("Ärendet kan inte visas");
        UI.getCurrent().navigate(CaseView.class, CaseView.parameters(new CaseId(UUID.randomUUID())));
        assertThat(_find(H1.class, spec -> spec.withId("case-not-found"))).hasSize(1);
        assertThat(_find(H1.class, spec -> spec.withId("case-heading"))).isEmpty();
    }

    @Test
    void theAccessLogFiltersByUserAndShowsHintsInWords() {
        var worker = caseworker(NORTH);
        var hidden = register.register(new RegisterPerson(se.vardkedjan.KaribuVaadin.personalNumber(), null, null, "Hemlig", "Person", null,
                null, "Dold väg 1", "111 11", "Ort", ProtectionLevel.PROTECTED_REGISTRATION));
        intakeFor(hidden, NORTH, LocalDate.now().minusDays(1));
        var open = newPerson("Öppen", "Person");
        intakeFor(open, NORTH, LocalDate.now().minusDays(1));
        signIn("chef" + USERS.incrementAndGet(), List.of(Roles.UNIT_MANAGER, Roles.CASEWORKER), List.of(NORTH.value()));
        UI.getCurrent().navigate("atkomstlogg");

        _setValue(_get(TextField.class, spec -> spec.withId("access-log-user")), worker.username());
        _setValue(_get(DatePicker.class, spec -> spec.withId("access-log-from")), LocalDate.now().minusDays(1));
        _click(_get(Button.class, spec -> spec.withId("access-log-search")));
        @SuppressWarnings("unchecked")
        Grid<se.vardkedjan.casehandling.readmodel.AccessLogLine> grid = _get(Grid.class, spec -> spec.withId("access-log"));
        var size = GridKt._size(grid);
        assertThat(size).isGreaterThanOrEqualTo(4);
        var people = new ArrayList<String>();
        var hints = new ArrayList<String>();
        var caseColumn = new ArrayList<String>();
        for (var row = 0; row < size; row++) {
            assertThat(GridKt._getFormatted(grid, row, "user")).contains(worker.username());
            people.add(cell(grid, row, "person"));
            hints.add(text(GridKt._getCellComponent(grid, row, "hints")));
            caseColumn.add(cell(grid, row, "person"));
        }
        // The person and their case in one column: the case named by its unit's name, not its code, nor an id.
        assertThat(caseColumn).anyMatch(cell -> cell.endsWith("ärende i Beroende Norr"))
                .noneMatch(cell -> cell.contains("ui-nord"));
        assertThat(people).anyMatch(person -> person.startsWith("Skyddad identitet"))
                .noneMatch(person -> person.contains("Hemlig"))
                .anyMatch(person -> person.contains("Öppen Person"));
        // An identifiable person's case is a link to the case page; a protected person's is not.
        var links = IntStream.range(0, size).mapToObj(row -> GridKt._getCellComponent(grid, row, "person"))
                .map(component -> _find(component, com.vaadin.flow.router.RouterLink.class, spec -> { }).size())
                .toList();
        assertThat(links).contains(0, 1);
        assertThat(hints).anyMatch(hint -> hint.contains("Skyddad identitet"));

        _setValue(_get(TextField.class, spec -> spec.withId("access-log-user")), "nobody-" + UUID.randomUUID());
        _click(_get(Button.class, spec -> spec.withId("access-log-search")));
        assertThat(GridKt._size(grid)).isZero();
    }

    @Test
    void theAccessLogSortsByEveryColumnThroughTheDatabaseNewestFirstUntilAskedOtherwise() {
        var worker = caseworker(NORTH);
        for (var name : List.of("Första", "Andra", "Tredje")) {
            intakeFor(newPerson(name, "Sortering"), NORTH, LocalDate.now().minusDays(1));
        }
        signIn("chef" + USERS.incrementAndGet(), List.of(Roles.UNIT_MANAGER, Roles.CASEWORKER), List.of(NORTH.value()));
        UI.getCurrent().navigate("atkomstlogg");
        _setValue(_get(TextField.class, spec -> spec.withId("access-log-user")), worker.username());
        _click(_get(Button.class, spec -> spec.withId("access-log-search")));
        @SuppressWarnings("unchecked")
        Grid<se.vardkedjan.casehandling.readmodel.AccessLogLine> grid = _get(Grid.class, spec -> spec.withId("access-log"));

        assertThat(grid.getColumns()).filteredOn(column -> !"open".equals(column.getKey()))
                .extracting(Grid.Column::getKey).containsExactly("time", "user", "person", "what", "purpose", "hints");
        assertThat(grid.getColumns()).filteredOn(column -> !"open".equals(column.getKey()))
                .allMatch(column -> column.isSortable() && column.getSortOrder(
                        com.vaadin.flow.data.provider.SortDirection.ASCENDING)
                        .map(com.vaadin.flow.data.provider.QuerySortOrder::getSorted).toList()
                        .equals(List.of(column.getKey())));
        assertThat(times(grid)).hasSizeGreaterThanOrEqualTo(3)
                .isSortedAccordingTo(java.util.Comparator.<String>naturalOrder().reversed());
        GridKt._sortByKey(grid, "time", com.vaadin.flow.data.provider.SortDirection.ASCENDING);
        assertThat(times(grid)).isSortedAccordingTo(java.util.Comparator.naturalOrder());
        for (var key : List.of("user", "person", "what", "purpose", "hints")) {
            GridKt._sortByKey(grid, key, com.vaadin.flow.data.provider.SortDirection.DESCENDING);
            assertThat(GridKt._size(grid)).as("sorted by " + key).isEqualTo(times(grid).size());
        }
    }

    private static List<String> times(Grid<se.vardkedjan.casehandling.readmodel.AccessLogLine> grid) {
        return IntStream.range(0, GridKt._size(grid)).mapToObj(row -> GridKt._getFormatted(grid, row, "time"))
                .toList();
    }

    @Test
    void theAccessLogMasksNumbersLogsEveryPersonAPageShowsAndShowsAWholeNumberOnlyWhenARowIsOpened() {
        var worker = caseworker(NORTH);
        var number = se.vardkedjan.KaribuVaadin.personalNumber();
        var person = register.register(new RegisterPerson(number, null, null, "Maskad", "Person", null, null, null,
                null, null, ProtectionLevel.NONE));
        intakeFor(person, NORTH, LocalDate.now().minusDays(1));
        var manager = signIn("chef" + USERS.incrementAndGet(), List.of(Roles.UNIT_MANAGER, Roles.CASEWORKER),
                List.of(NORTH.value()));
        UI.getCurrent().navigate("atkomstlogg");

        var people = accessLogColumn(worker.username(), "person");
        assertThat(people).isNotEmpty().noneMatch(cell -> cell.contains(number.substring(8)))
                .allMatch(cell -> cell.startsWith(number.substring(0, 8) + "-**** Maskad Person"));
        assertThat(jdbc.sql("SELECT count(*) FROM accesslog.access_log WHERE actor_username = ? AND person_id = ? "
                        + "AND what = 'ACCESS_LOG_REVIEW'").params(manager.username(), person.value())
                .query(Integer.class).single()).as("the page's read of the person is logged").isPositive();

        @SuppressWarnings("unchecked")
        Grid<se.vardkedjan.casehandling.readmodel.AccessLogLine> grid = _get(Grid.class, spec -> spec.withId("access-log"));
        _click((Button) GridKt._getCellComponent(grid, 0, "open"));
        assertThat(_get(Paragraph.class, spec -> spec.withId("access-log-entry-number")).getText())
                .isEqualTo("Personnummer: " + number.substring(0, 8) + "-" + number.substring(8));
        assertThat(_get(Paragraph.class, spec -> spec.withId("access-log-entry-name")).getText())
                .isEqualTo("Namn: Maskad Person");
        assertThat(jdbc.sql("SELECT count(*) FROM accesslog.access_log WHERE actor_username = ? AND person_id = ? "
                        + "AND what = 'ACCESS_LOG_ENTRY'").params(manager.username(), person.value())
                .query(Integer.class).single()).as("opening the row is logged").isEqualTo(1);
    }

    @Test
    void aProtectedPersonsRowShowsOnlyTheProtectionAndNoWayToOpenIt() {
        var worker = caseworker(NORTH);
        var number = se.vardkedjan.KaribuVaadin.personalNumber();
        var hidden = register.register(new RegisterPerson(number, null, null, "Hemlig", "Granskad", null, null,
                "Dold väg 2", "111 11", "Ort", ProtectionLevel.PROTECTED_REGISTRATION));
        intakeFor(hidden, NORTH, LocalDate.now().minusDays(1));
        signIn("chef" + USERS.incrementAndGet(), List.of(Roles.UNIT_MANAGER, Roles.CASEWORKER), List.of(NORTH.value()));
        UI.getCurrent().navigate("atkomstlogg");

        assertThat(accessLogColumn(worker.username(), "person")).isNotEmpty()
                .allMatch(cell -> cell.equals("Skyddad identitet")
                        || cell.equals("Skyddad identitet · ärende i Beroende Norr"));
        @SuppressWarnings("unchecked")
        Grid<se.vardkedjan.casehandling.readmodel.AccessLogLine> grid = _get(Grid.class, spec -> spec.withId("access-log"));
        assertThat(IntStream.range(0, GridKt._size(grid)).mapToObj(row -> GridKt._getCellComponent(grid, row, "open")))
                .noneMatch(Button.class::isInstance);
    }

    @Test
    void theUnitManagerSeesRefusedAttemptsOnTheirUnitsCasesInTheirOwnPart() {
        caseworker(NORTH);
        var caseId = intakeFor(newPerson("Nekad", "Försöksdotter"), NORTH, LocalDate.now().minusDays(1));
        var prober = caseworker(SOUTH);
        UI.getCurrent().navigate(CaseView.class, CaseView.parameters(caseId));
        assertThat(_find(H1.class, spec -> spec.withId("case-not-found"))).hasSize(1);

        signIn("chef" + USERS.incrementAndGet(), List.of(Roles.UNIT_MANAGER, Roles.CASEWORKER), List.of(NORTH.value()));
        UI.getCurrent().navigate("atkomstlogg");
        _get(TabSheet.class, spec -> spec.withId("access-log-parts")).setSelectedIndex(1);
        _setValue(_get(TextField.class, spec -> spec.withId("refusals-user")), prober.username());
        _click(_get(Button.class, spec -> spec.withId("refusals-search")));

        @SuppressWarnings("unchecked")
        Grid<se.vardkedjan.accesslog.SecurityEventLine> refusals = _get(Grid.class, spec -> spec.withId("refusals"));
        assertThat(GridKt._size(refusals)).isEqualTo(1);
        assertThat(GridKt._getFormatted(refusals, 0, "user")).contains(prober.username());
        assertThat(GridKt._getFormatted(refusals, 0, "attempt")).isEqualTo("Läsa: ärende");
        assertThat(GridKt._getFormatted(refusals, 0, "target"))
                .isEqualTo("Ärende " + caseId.value().toString().substring(0, 8) + " (Beroende Norr)");
        assertThat(GridKt._getFormatted(refusals, 0, "reason")).isEqualTo("Annan enhet");
    }

    @Test
    void theAccessLogSaysWhatWasReadOrChangedInWordsAndShowsAnUnknownCodeAsItIs() {
        var worker = caseworker(NORTH);
        var person = newPerson("Vera", "Vadkolumn");
        var caseId = intakeFor(person, NORTH, LocalDate.now().minusDays(1));
        // A code the texts do not know: the access log refuses to write one (ADR 0021), but a row written before a
        // module's table was trimmed, or by hand, still shows.
        jdbc.sql("""
                INSERT INTO accesslog.access_log (occurred_at, actor_subject, actor_username, actor_name, actor_units,
                    person_id, case_id, case_unit, access_kind, what, purpose, outside_units, protected_identity)
                VALUES (now(), ?, ?, ?, ?::varchar[], ?, ?, ?, 'READ', 'SOMETHING_NEW', 'CASE_WORK', false, false)""")
                .params(worker.subject(), worker.username(), worker.displayName(), new String[] {NORTH.value()},
                        person.value(), caseId.value(), NORTH.value()).update();
        signIn("chef" + USERS.incrementAndGet(), List.of(Roles.UNIT_MANAGER, Roles.CASEWORKER), List.of(NORTH.value()));

        UI.getCurrent().navigate("atkomstlogg");
        assertThat(accessLogColumn(worker.username(), "what"))
                .contains("Ändrade: personuppgifter", "Ändrade: aktualisering", "Läste: SOMETHING_NEW")
                .noneMatch(what -> what.contains("INTAKE") || what.contains("PERSON") || what.contains("!"));
        assertThat(accessLogColumn(worker.username(), "purpose")).isNotEmpty().containsOnly("Handläggning");

        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().navigate("arenden");
        UI.getCurrent().navigate("atkomstlogg");
        assertThat(accessLogColumn(worker.username(), "what"))
                .contains("Changed: personal details", "Changed: intake", "Read: SOMETHING_NEW");
        assertThat(accessLogColumn(worker.username(), "purpose")).containsOnly("Case work");
    }

    @Test
    void aCaseworkerCannotOpenTheAccessLog() {
        caseworker(NORTH);
        UI.getCurrent().navigate("arenden");
        assertThat(_find(SideNav.class).stream().flatMap(nav -> nav.getItems().stream()).map(SideNavItem::getLabel))
                .contains("Ärenden", "Ny aktualisering").doesNotContain("Åtkomstlogg");

        UI.getCurrent().navigate("atkomstlogg");
        assertThat(_find(H1.class, spec -> spec.withId("access-denied"))).hasSize(1);
    }

    private void fillAssessment() {
        @SuppressWarnings("unchecked")
        RadioButtonGroup<PreliminaryOutcome> outcome = _get(RadioButtonGroup.class,
                spec -> spec.withId("assessment-outcome"));
        _setValue(outcome, PreliminaryOutcome.OPEN_INVESTIGATION);
        _setValue(_get(TextArea.class, spec -> spec.withId("assessment-reasons")), "Behov av stöd.");
        _setValue(_get(DatePicker.class, spec -> spec.withId("assessment-deadline")), LocalDate.now().plusMonths(4));
    }

    /** The formatted cells of one column of the access log, searched for the user's rows. */
    private static List<String> accessLogColumn(String username, String column) {
        _setValue(_get(TextField.class, spec -> spec.withId("access-log-user")), username);
        _click(_get(Button.class, spec -> spec.withId("access-log-search")));
        @SuppressWarnings("unchecked")
        Grid<se.vardkedjan.casehandling.readmodel.AccessLogLine> grid = _get(Grid.class, spec -> spec.withId("access-log"));
        return IntStream.range(0, GridKt._size(grid)).mapToObj(row -> cell(grid, row, column)).toList();
    }

    /** A cell's text, whether the column renders text or a component (the person and case, with its link). */
    private static <T> String cell(Grid<T> grid, int row, String column) {
        var renderer = grid.getColumnByKey(column).getRenderer();
        return renderer instanceof com.vaadin.flow.data.renderer.ComponentRenderer<?, ?>
                ? GridKt._getCellComponent(grid, row, column).getElement().getTextRecursively()
                : GridKt._getFormatted(grid, row, column);
    }

    @SuppressWarnings("unchecked")
    private static Grid<CaseListItem> caseGrid() {
        return _get(Grid.class, spec -> spec.withId("case-list"));
    }

    private static List<CaseId> caseIds() {
        var grid = caseGrid();
        return IntStream.range(0, GridKt._size(grid)).mapToObj(i -> GridKt._get(grid, i).caseId()).toList();
    }

    /** The refusals shown: notifications, and the problems listed in a form's summary (ADR 0019). */
    private static List<String> problemMessages() {
        var shown = new ArrayList<String>(_find(Span.class, spec -> spec.withId("problem-message")).stream()
                .map(Span::getText).toList());
        _find(com.vaadin.flow.component.html.UnorderedList.class).stream()
                .filter(list -> list.getId().filter(id -> id.endsWith("-problems-list")).isPresent())
                .filter(list -> list.getParent().map(Component::isVisible).orElse(false))
                .forEach(list -> list.getChildren().forEach(item -> shown.add(item.getElement()
                        .getTextRecursively())));
        return shown;
    }

    /** The text of a component and everything inside it. */
    private static String text(Component component) {
        var own = component.getElement().getText();
        var children = component.getElement().getChildren()
                .map(child -> child.getComponent().map(StaffViewsTests::text).orElse(child.getText()))
                .reduce("", (a, b) -> a + " " + b);
        return (own + " " + children).strip();
    }

    private PersonId newPerson(String given, String family) {
        return register.register(new RegisterPerson(se.vardkedjan.KaribuVaadin.personalNumber(), null, null, given, family, null, null, null,
                null, null, ProtectionLevel.NONE));
    }

    private CaseId intakeFor(PersonId person, UnitCode unit, LocalDate receivedOn) {
        return caseHandling.registerIntake(new RegisterIntake(person, unit, IntakeKind.APPLICATION, receivedOn,
                "Ansöker om stöd.", null, null, null, false, null, true)).caseId();
    }

    private se.vardkedjan.sharedkernel.Actor caseworker(UnitCode unit) {
        return signIn("hl" + USERS.incrementAndGet() + "-" + ThreadLocalRandom.current().nextInt(1_000_000),
                List.of(Roles.CASEWORKER), List.of(unit.value()));
    }

    /** A staff member of the unit in the organisation register (not signed in); their username. */
    private String staffMember(String name, UnitCode unit) {
        var username = name.toLowerCase().replaceAll("[^a-z]", ".") + "-" + ThreadLocalRandom.current().nextInt(1_000_000);
        jdbc.sql("INSERT INTO organisation.staff_members (username, display_name) VALUES (?, ?)")
                .params(username, name).update();
        jdbc.sql("INSERT INTO organisation.staff_units (username, unit_code) VALUES (?, ?)")
                .params(username, unit.value()).update();
        return username;
    }

    /** Signs in as Spring Security's OIDC login would (see ShellViewsTests), with a fresh username. */
    private se.vardkedjan.sharedkernel.Actor signIn(String username, List<String> roles, List<String> units) {
        var token = new OidcIdToken("token", Instant.now(), Instant.now().plusSeconds(300), Map.of(
                "sub", "subject-" + username, "name", username + " Testsson", "preferred_username", username,
                "roles", roles, "units", units, "provider_organisations", List.of()));
        var authorities = new ArrayList<GrantedAuthority>();
        authorities.add(new OidcUserAuthority(token));
        roles.forEach(role -> authorities.add(new SimpleGrantedAuthority("ROLE_" + role)));
        units.forEach(unit -> authorities.add(new SimpleGrantedAuthority("UNIT_" + unit)));
        var user = new DefaultOidcUser(authorities, token);
        var authentication = new OAuth2AuthenticationToken(user, authorities, "staff");
        SecurityContextHolder.getContext().setAuthentication(authentication);
        var request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(authentication);
        request.setUserInRole((principal, role) -> roles.contains(role));
        // As Spring Security announces a login: the platform turns it into SignedIn for the account register.
        context.publishEvent(new AuthenticationSuccessEvent(authentication));
        return new se.vardkedjan.sharedkernel.Actor("subject-" + username, username, username + " Testsson",
                Set.copyOf(roles), units.stream().map(UnitCode::new).collect(java.util.stream.Collectors.toSet()),
                Set.of());
    }
}
