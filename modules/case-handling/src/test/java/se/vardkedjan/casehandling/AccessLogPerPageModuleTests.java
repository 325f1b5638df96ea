package se.vardkedjan.casehandling;

import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import se.vardkedjan.TestActors;
import se.vardkedjan.accesslog.AccessHint;
import se.vardkedjan.accesslog.AccessLogQuery;
import se.vardkedjan.casehandling.readmodel.AccessLogLine;
import se.vardkedjan.sharedkernel.AccessDenied;
import se.vardkedjan.sharedkernel.CaseId;
import se.vardkedjan.uikit.PageVisit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.vardkedjan.casehandling.TestFixtures.NORTH;
import static se.vardkedjan.casehandling.TestFixtures.SOUTH;

/**
 * The access log per page (issue 15): the review shows one line per page opened, and every part the page read is
 * still a row; browsing lists and opening the start page raise no "Många personer", opening file after file does;
 * and a case's own log is read only by a unit manager who may open the case.
 */
@CaseHandlingModuleTest
class AccessLogPerPageModuleTests {

    private final PersonRegister register;
    private final CaseHandling caseHandling;
    private final Investigations investigations;
    private final AccessLogReview accessLog;
    private final JdbcClient jdbc;
    private final Workday workday;

    AccessLogPerPageModuleTests(PersonRegister register, CaseHandling caseHandling, Investigations investigations,
                                AccessLogReview accessLog, JdbcClient jdbc, Workday workday) {
        this.workday = workday;
        this.register = register;
        this.caseHandling = caseHandling;
        this.investigations = investigations;
        this.accessLog = accessLog;
        this.jdbc = jdbc;
    }

    @AfterEach
    void leaveThePage() {
        UI.setCurrent(null);
    }

    @Test
    void aCasePageIsOneLineOfTheReviewAndEveryPartItReadIsStillARow() {
        var caseworker = TestActors.signIn(TestFixtures.caseworker(NORTH));
        var person = register.register(TestFixtures.person(TestFixtures.personalNumber(), "Pia", "Sida"));
        var caseId = caseHandling.registerIntake(TestFixtures.application(person, NORTH)).caseId();

        var visit = openPage();
        caseHandling.summary(caseId);
        investigations.find(caseId);
        caseHandling.summary(caseId);
        openPage();
        caseHandling.summary(caseId);

        assertThat(jdbc.sql("SELECT what FROM accesslog.access_log WHERE visit_id = ? ORDER BY id").param(visit)
                .query(String.class).list()).as("every part read is recorded")
                .containsExactly("CASE", "INVESTIGATION", "CASE");

        TestActors.signIn(TestFixtures.unitManager(NORTH));
        var reads = accessLog.review(byUser(caseworker.username()), 0, 50).lines().stream()
                .filter(line -> line.entry().kind() == se.vardkedjan.accesslog.AccessKind.READ).toList();
        assertThat(reads).as("two pages opened: two lines").hasSize(2);
        var first = reads.getLast().entry();
        assertThat(first.parts()).containsExactly("CASE", "INVESTIGATION");
        assertThat(first.rows()).isEqualTo(3);
        assertThat(first.caseId()).isEqualTo(caseId);
        assertThat(reads.getFirst().entry().parts()).containsExactly("CASE");
    }

    @Test
    void browsingTheCaseListPageByPageAndOpeningTheStartPageRaiseNoHint() {
        TestActors.signIn(TestFixtures.caseworker(NORTH));
        var persons = casesOfManyPersons(30);
        var caseworker = TestActors.signIn(TestFixtures.caseworker(NORTH));
        for (var page = 0; page < 3; page++) {
            openPage();
            caseHandling.list(CaseListQuery.units(), page * 10, 10);
        }
        openPage();
        workday.workItems();
        // A few case pages are ordinary work too.
        for (var i = 0; i < 5; i++) {
            openPage();
            caseHandling.summary(persons.get(i));
        }

        TestActors.signIn(TestFixtures.unitManager(NORTH));
        assertThat(accessLog.review(byUser(caseworker.username()), 0, 500).lines())
                .isNotEmpty()
                .allSatisfy(line -> assertThat(line.entry().hints()).doesNotContain(AccessHint.MANY_PERSONS));
    }

    @Test
    void aCaseworkerWhoseStartPageShowsManyClientsRaisesNoHint() {
        // 25 applications older than six months, registered by a colleague and then given to the caseworker: each
        // client may demand a decision, so each is an item on the caseworker's start page today.
        TestActors.signIn(TestFixtures.caseworker(NORTH));
        var cases = new ArrayList<UUID>();
        for (var i = 0; i < 25; i++) {
            var person = register.register(TestFixtures.person(TestFixtures.personalNumber(), "Väntar", "Länge" + i));
            cases.add(caseHandling.registerIntake(new RegisterIntake(person, NORTH, IntakeKind.APPLICATION,
                    LocalDate.now().minusMonths(7), "Ansöker om stöd.", null, null, null, false, null, false))
                    .caseId().value());
        }
        var caseworker = TestActors.signIn(TestFixtures.caseworker(NORTH));
        jdbc.sql("UPDATE casehandling.cases SET responsible = ? WHERE id = ANY(?)")
                .params(caseworker.username(), cases.toArray(UUID[]::new)).update();
        openPage();
        assertThat(workday.workItems()).hasSizeGreaterThanOrEqualTo(25);

        TestActors.signIn(TestFixtures.unitManager(NORTH));
        assertThat(accessLog.review(byUser(caseworker.username()), 0, 500).lines())
                .as("the start page's overview of the caseworker's own cases")
                .hasSizeGreaterThanOrEqualTo(25)
                .allSatisfy(line -> assertThat(line.entry().parts()).containsOnly("START_PAGE"))
                .allSatisfy(line -> assertThat(line.entry().hints()).doesNotContain(AccessHint.MANY_PERSONS));
    }

    @Test
    void aUnitManagerReviewingPagesOfTheLogRaisesNoHint() {
        var caseworker = TestActors.signIn(TestFixtures.caseworker(NORTH));
        casesOfManyPersons(30);
        var manager = TestActors.signIn(TestFixtures.unitManager(NORTH));
        openPage();
        assertThat(accessLog.review(byUser(caseworker.username()), 0, 100).lines()).hasSizeGreaterThan(20);

        TestActors.signIn(TestFixtures.unitManager(NORTH));
        assertThat(accessLog.review(byUser(manager.username()), 0, 500).lines())
                .as("the review's own pages name 30 persons")
                .hasSizeGreaterThanOrEqualTo(30)
                .allSatisfy(line -> assertThat(line.entry().hints()).doesNotContain(AccessHint.MANY_PERSONS));
    }

    @Test
    void openingTheFilesOfManyPersonsWithinTenMinutesIsStillFlagged() {
        TestActors.signIn(TestFixtures.caseworker(NORTH));
        var cases = casesOfManyPersons(25);
        var caseworker = TestActors.signIn(TestFixtures.caseworker(NORTH));
        for (var caseId : cases) {
            openPage();
            caseHandling.summary(caseId);
        }

        TestActors.signIn(TestFixtures.unitManager(NORTH));
        var lines = accessLog.review(byUser(caseworker.username()), 0, 500).lines();
        assertThat(lines).filteredOn(line -> line.entry().hints().contains(AccessHint.MANY_PERSONS))
                .as("the 21st file and after").hasSizeGreaterThanOrEqualTo(4);
        var withHints = accessLog.review(new AccessLogQuery(null, caseworker.username(), null, null, true), 0, 500)
                .lines();
        assertThat(withHints).extracting(AccessLogLine::entry)
                .anySatisfy(entry -> assertThat(entry.hints()).contains(AccessHint.MANY_PERSONS));
    }

    @Test
    void theUnitManagerReadsTheCasesOwnLogAndTheReadIsLogged() {
        var caseworker = TestActors.signIn(TestFixtures.caseworker(NORTH));
        var person = register.register(TestFixtures.person(TestFixtures.personalNumber(), "Ebba", "Egen"));
        var caseId = caseHandling.registerIntake(TestFixtures.application(person, NORTH)).caseId();
        var other = register.register(TestFixtures.person(TestFixtures.personalNumber(), "Otto", "Annan"));
        caseHandling.registerIntake(TestFixtures.application(other, NORTH));
        openPage();
        caseHandling.summary(caseId);

        var manager = TestActors.signIn(TestFixtures.unitManager(NORTH));
        var lines = accessLog.reviewCase(caseId, null, 0, 50).lines();

        assertThat(lines).isNotEmpty().allSatisfy(line -> assertThat(line.entry().caseId()).isEqualTo(caseId));
        assertThat(lines).anySatisfy(line -> assertThat(line.entry().actorUsername())
                .isEqualTo(caseworker.username()));
        assertThat(jdbc.sql("SELECT count(*) FROM accesslog.access_log WHERE actor_username = ? AND case_id = ? "
                        + "AND what = 'ACCESS_LOG' AND purpose = 'SUPERVISION'")
                .params(manager.username(), caseId.value()).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void aCaseworkerCannotReadACasesOwnLogEvenOfTheirOwnCase() {
        var caseworker = TestActors.signIn(TestFixtures.caseworker(NORTH));
        var person = register.register(TestFixtures.person(TestFixtures.personalNumber(), "Klas", "Kik"));
        var caseId = caseHandling.registerIntake(TestFixtures.application(person, NORTH)).caseId();

        assertThatThrownBy(() -> accessLog.reviewCase(caseId, null, 0, 50))
                .isInstanceOfAny(AccessDenied.class, AccessDeniedException.class);
        assertThat(jdbc.sql("SELECT count(*) FROM accesslog.access_log WHERE actor_username = ? "
                        + "AND what = 'ACCESS_LOG'")
                .param(caseworker.username()).query(Integer.class).single()).as("nothing was read").isZero();
    }

    @Test
    void aUnitManagerCannotReadTheLogOfAnotherUnitsCase() {
        TestActors.signIn(TestFixtures.caseworker(SOUTH));
        var person = register.register(TestFixtures.person(TestFixtures.personalNumber(), "Sune", "Söder"));
        var southCase = caseHandling.registerIntake(TestFixtures.application(person, SOUTH)).caseId();

        var manager = TestActors.signIn(TestFixtures.unitManager(NORTH));
        assertThatThrownBy(() -> accessLog.reviewCase(southCase, null, 0, 50)).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> accessLog.reviewCase(new CaseId(UUID.randomUUID()), null, 0, 50))
                .isInstanceOf(AccessDenied.class);
        assertThat(jdbc.sql("SELECT reason FROM accesslog.security_events WHERE actor_subject = ? ORDER BY id")
                .param(manager.subject()).query(String.class).list())
                .containsExactly("OUTSIDE_UNITS", "UNKNOWN_TARGET");
    }

    /** A navigation: a new page visit on the current (test) UI. */
    private static UUID openPage() {
        var ui = UI.getCurrent() == null ? new UI() : UI.getCurrent();
        UI.setCurrent(ui);
        return PageVisit.begin(ui);
    }

    private List<CaseId> casesOfManyPersons(int count) {
        var cases = new ArrayList<CaseId>();
        for (var i = 0; i < count; i++) {
            var person = register.register(TestFixtures.person(TestFixtures.personalNumber(), "Många", "Person" + i));
            cases.add(caseHandling.registerIntake(TestFixtures.application(person, NORTH)).caseId());
        }
        return cases;
    }

    private static AccessLogQuery byUser(String username) {
        return new AccessLogQuery(null, username, null, null, false);
    }
}
