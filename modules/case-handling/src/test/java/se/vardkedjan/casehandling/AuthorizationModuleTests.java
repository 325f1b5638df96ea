package se.vardkedjan.casehandling;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.security.access.AccessDeniedException;
import se.vardkedjan.TestActors;
import se.vardkedjan.accesslog.AccessLogQuery;
import se.vardkedjan.casehandling.readmodel.CaseListItem;
import se.vardkedjan.casehandling.readmodel.PersonSummary;
import se.vardkedjan.sharedkernel.AccessDenied;
import se.vardkedjan.sharedkernel.Actor;
import se.vardkedjan.sharedkernel.CaseId;
import se.vardkedjan.sharedkernel.PersonId;
import se.vardkedjan.sharedkernel.Roles;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.vardkedjan.casehandling.TestFixtures.NORTH;
import static se.vardkedjan.casehandling.TestFixtures.SOUTH;

/**
 * Every role that is not a caseworker or unit manager of the case's unit tries every read of a case in the north unit
 * and fails — and leaves no access-log row, since nothing was read.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES)
class AuthorizationModuleTests {

    private final PersonRegister register;
    private final CaseHandling caseHandling;
    private final Investigations investigations;
    private final Decisions decisions;
    private final CarePlans carePlans;
    private final Journal journal;
    private final CoordinatedPlans coordinatedPlans;
    private final AccessLogReview accessLog;
    private final JdbcClient jdbc;

    private CaseId caseId;
    private PersonId personId;
    private String number;

    AuthorizationModuleTests(PersonRegister register, CaseHandling caseHandling, Investigations investigations,
                             Decisions decisions, CarePlans carePlans, Journal journal,
                             CoordinatedPlans coordinatedPlans, AccessLogReview accessLog, JdbcClient jdbc) {
        this.register = register;
        this.caseHandling = caseHandling;
        this.investigations = investigations;
        this.decisions = decisions;
        this.carePlans = carePlans;
        this.journal = journal;
        this.coordinatedPlans = coordinatedPlans;
        this.accessLog = accessLog;
        this.jdbc = jdbc;
    }

    @BeforeEach
    void aCaseInTheNorthUnit() {
        TestFixtures.ensureOrganisation(jdbc);
        TestActors.signIn(TestFixtures.caseworker(NORTH));
        number = TestFixtures.personalNumber();
        personId = register.register(TestFixtures.person(number, "Nora", "Norr"));
        caseId = caseHandling.registerIntake(TestFixtures.application(personId, NORTH)).caseId();
        caseHandling.assess(caseId, 0, PreliminaryOutcome.OPEN_INVESTIGATION, "Utreds.", LocalDate.now(),
                LocalDate.now().plusMonths(4));
        journal.writeSigned(caseId, new JournalText(LocalDate.now(), "Samtal", "Första samtalet."));
        TestActors.signOut();
    }

    @AfterEach
    void signOut() {
        TestActors.signOut();
    }

    static Stream<Arguments> outsiders() {
        return Stream.of(
                Arguments.of("caseworker of another unit", TestFixtures.caseworker(SOUTH)),
                Arguments.of("unit manager of another unit", TestFixtures.unitManager(SOUTH)),
                Arguments.of("analyst", TestActors.staff("analytiker-x", Set.of(Roles.ANALYST), NORTH.value())),
                Arguments.of("administrator", TestActors.staff("admin-x", Set.of(Roles.ADMINISTRATOR), NORTH.value())),
                Arguments.of("provider staff", TestActors.staff("utf-x", Set.of(Roles.PROVIDER_STAFF), NORTH.value())),
                Arguments.of("client", TestActors.staff("klient-x", Set.of(Roles.CLIENT))),
                Arguments.of("region participant",
                        TestActors.staff("region-x", Set.of(Roles.REGION_PARTICIPANT), NORTH.value())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("outsiders")
    void everyReadOfAnotherUnitsCaseFailsAndLogsNothing(String who, Actor outsider) {
        var logRows = logRows();
        TestActors.signIn(outsider);

        Map<String, Consumer<CaseId>> caseReads = Map.of(
                "case page", caseHandling::summary,
                "investigation", investigations::find,
                "decisions", decisions::ofCase,
                "care plans", carePlans::plans,
                "journal", id -> journal.entries(id, JournalOrder.NEWEST_FIRST, 0, 20),
                "SIPs", coordinatedPlans::ofCase);
        caseReads.forEach((what, read) -> assertThatThrownBy(() -> read.accept(caseId))
                .as(who + " reading " + what)
                .isInstanceOfAny(AccessDenied.class, AccessDeniedException.class));
        if (outsider.hasRole(Roles.CASEWORKER) || outsider.hasRole(Roles.UNIT_MANAGER)) {
            assertThat(caseHandling.list(CaseListQuery.units(), 0, 200)).as("the list")
                    .extracting(CaseListItem::caseId).doesNotContain(caseId);
        } else {
            assertThatThrownBy(() -> caseHandling.list(CaseListQuery.units(), 0, 200)).as("the list")
                    .isInstanceOfAny(AccessDenied.class, AccessDeniedException.class);
        }
        TestActors.signOut();
        assertThat(logRows()).as("access-log rows about the person").isEqualTo(logRows);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("outsiders")
    void theRegisterOfPersonsIsOpenOnlyToCaseStaffAndASearchOutsideTheirUnitsIsFlagged(String who, Actor outsider) {
        TestActors.signIn(outsider);
        if (!outsider.hasRole(Roles.CASEWORKER) && !outsider.hasRole(Roles.UNIT_MANAGER)) {
            assertThatThrownBy(() -> register.details(personId)).as(who)
                    .isInstanceOfAny(AccessDenied.class, AccessDeniedException.class);
            assertThatThrownBy(() -> caseHandling.openCasesOf(personId)).as(who)
                    .isInstanceOfAny(AccessDenied.class, AccessDeniedException.class);
            return;
        }
        // A new matter may arrive anywhere: staff of another unit find the person and that they have a case
        // elsewhere, but not the case's content, nor the person's contact details (bound to a case they may see).
        assertThat(register.search(number).hits()).extracting(PersonSummary::personId).contains(personId);
        assertThatThrownBy(() -> register.details(personId)).isInstanceOf(AccessDenied.class);
        var open = caseHandling.openCasesOf(personId);
        assertThat(open.visible()).isEmpty();
        assertThat(open.elsewhere()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT bool_and(outside_units) FROM accesslog.access_log WHERE person_id = ? "
                        + "AND actor_username = ?").params(personId.value(), outsider.username())
                .query(Boolean.class).single()).as("every read by " + who + " is flagged").isTrue();
        if (outsider.hasRole(Roles.UNIT_MANAGER)) {
            assertThat(accessLog.search(new AccessLogQuery(personId, null, null, null, false), 0, 50))
                    .as("another unit's manager sees no row about the north case")
                    .noneMatch(row -> NORTH.equals(row.caseUnit()));
        }
    }

    private List<String> logRows() {
        return jdbc.sql("SELECT actor_username || ' ' || what FROM accesslog.access_log WHERE person_id = ?")
                .param(personId.value()).query(String.class).list();
    }
}
