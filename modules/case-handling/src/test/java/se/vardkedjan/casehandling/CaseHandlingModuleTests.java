package se.vardkedjan.casehandling;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.Scenario;
import se.vardkedjan.TestActors;
import se.vardkedjan.casehandling.events.CaseOpened;
import se.vardkedjan.casehandling.readmodel.CaseListItem;
import se.vardkedjan.sharedkernel.AccessDenied;
import se.vardkedjan.sharedkernel.ConcurrentChange;
import se.vardkedjan.sharedkernel.RuleViolation;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.vardkedjan.casehandling.TestFixtures.NORTH;
import static se.vardkedjan.casehandling.TestFixtures.SOUTH;

/** Case handling alone, against real PostgreSQL: intake, assessment, access checks and the access log. */
@CaseHandlingModuleTest
class CaseHandlingModuleTests {

    private final PersonRegister register;
    private final CaseHandling caseHandling;
    private final ProtectedCases protectedCases;
    private final TestActors actors;
    private final JdbcClient jdbc;

    CaseHandlingModuleTests(PersonRegister register, CaseHandling caseHandling, ProtectedCases protectedCases,
                            TestActors actors, JdbcClient jdbc) {
        this.register = register;
        this.caseHandling = caseHandling;
        this.protectedCases = protectedCases;
        this.actors = actors;
        this.jdbc = jdbc;
    }

    @Test
    void registeringAnApplicationOpensACaseAndPublishesIdsOnly(Scenario scenario) {
        TestActors.signIn(TestFixtures.caseworker(NORTH));
        var person = register.register(TestFixtures.person(TestFixtures.personalNumber(), "Eva", "Ek"));

        scenario.stimulate(() -> caseHandling.registerIntake(TestFixtures.application(person, NORTH)).caseId())
                .andWaitForEventOfType(CaseOpened.class)
                .toArriveAndVerify((event, caseId) -> {
                    assertThat(event.caseId()).isEqualTo(caseId);
                    assertThat(event.personId()).isEqualTo(person);
                    assertThat(event.unit()).isEqualTo(NORTH);
                });
    }

    @Test
    void openingAnInvestigationNeedsADeadlineAfterTheAssessment() {
        TestActors.signIn(TestFixtures.caseworker(NORTH));
        var person = register.register(TestFixtures.person(TestFixtures.personalNumber(), "Per", "Al"));
        var caseId = caseHandling.registerIntake(TestFixtures.application(person, NORTH)).caseId();
        var today = LocalDate.now();

        assertThatThrownBy(() -> caseHandling.assess(caseId, 0, PreliminaryOutcome.OPEN_INVESTIGATION,
                "Behov av utredning.", today, today.minusDays(1)))
                .isInstanceOfSatisfying(RuleViolation.class, e ->
                        assertThat(e.messageKey()).isEqualTo("casehandling.error.dates-in-wrong-order"));
        assertThat(caseHandling.summary(caseId).status()).isEqualTo(CaseStatus.INTAKE);

        caseHandling.assess(caseId, 0, PreliminaryOutcome.OPEN_INVESTIGATION, "Behov av utredning.", today,
                today.plusMonths(4));
        var summary = caseHandling.summary(caseId);
        assertThat(summary.status()).isEqualTo(CaseStatus.INVESTIGATION);
        assertThat(summary.investigationDeadline()).isEqualTo(today.plusMonths(4));
    }

    @Test
    void aSecondIntakeForAPersonWithAnOpenCaseMustBeAcknowledged() {
        TestActors.signIn(TestFixtures.caseworker(NORTH));
        var person = register.register(TestFixtures.person(TestFixtures.personalNumber(), "Ola", "Berg"));
        caseHandling.registerIntake(TestFixtures.application(person, NORTH)).caseId();

        assertThatThrownBy(() -> caseHandling.registerIntake(TestFixtures.application(person, NORTH)).caseId())
                .isInstanceOfSatisfying(RuleViolation.class, e ->
                        assertThat(e.messageKey()).isEqualTo("casehandling.error.person-has-open-case"));
        assertThat(caseHandling.openCasesOf(person).visible()).hasSize(1);
    }

    @Test
    void aCaseworkerOfAnotherUnitCannotOpenTheCase() {
        TestActors.signIn(TestFixtures.caseworker(NORTH));
        var person = register.register(TestFixtures.person(TestFixtures.personalNumber(), "Lisa", "Sten"));
        var caseId = caseHandling.registerIntake(TestFixtures.application(person, NORTH)).caseId();

        TestActors.signIn(TestFixtures.caseworker(SOUTH));
        assertThatThrownBy(() -> caseHandling.summary(caseId)).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> caseHandling.close(caseId, 0, ClosureReason.OTHER, "Fel", LocalDate.now()))
                .isInstanceOf(AccessDenied.class);
        assertThat(caseHandling.list(CaseListQuery.units(), 0, 50)).extracting(CaseListItem::caseId)
                .doesNotContain(caseId);

        // The refused closing changed nothing.
        TestActors.signIn(TestFixtures.caseworker(NORTH));
        var summary = caseHandling.summary(caseId);
        assertThat(summary.status()).isEqualTo(CaseStatus.INTAKE);
        assertThat(summary.version()).isZero();
    }

    @Test
    void aProtectedPersonsCaseIsSeenOnlyByStaffAUnitManagerNamedAndTheAddressIsNeverShown() {
        TestActors.signIn(TestFixtures.caseworker(NORTH));
        var command = new RegisterPerson(TestFixtures.personalNumber(), null, null, "Skyddad", "Person", null, null,
                "Hemliga vägen 1", "111 11", "Ort", ProtectionLevel.PROTECTED_REGISTRATION);
        var person = register.register(command);
        var caseId = caseHandling.registerIntake(TestFixtures.application(person, NORTH)).caseId();
        var named = TestFixtures.registerStaffOfUnits(jdbc, TestFixtures.caseworker(NORTH), "Nora Namngiven");
        actors.login(TestFixtures.unitManager(NORTH));
        protectedCases.nameStaff(caseId, named.username(), "Handlägger utredningen.");

        actors.login(named);
        var summary = caseHandling.summary(caseId);
        assertThat(summary.person().streetAddress()).isNull();
        assertThat(summary.person().city()).isNull();
        assertThat(summary.staffing().namedStaff()).containsExactly(named.username());

        TestActors.signIn(TestFixtures.caseworker(NORTH));
        assertThatThrownBy(() -> caseHandling.summary(caseId)).isInstanceOf(AccessDenied.class);
        assertThat(register.search(command.identityNumber()).hits()).isEmpty();
    }

    @Test
    void everyReadAndChangeIsInTheAccessLogWithWhoWhatAndPurpose() {
        var caseworker = TestActors.signIn(TestFixtures.caseworker(NORTH));
        var person = register.register(TestFixtures.person(TestFixtures.personalNumber(), "Kim", "Lund"));
        var caseId = caseHandling.registerIntake(TestFixtures.application(person, NORTH)).caseId();
        caseHandling.summary(caseId);

        var rows = jdbc.sql("SELECT actor_username, access_kind, what, purpose, case_id FROM accesslog.access_log "
                        + "WHERE person_id = ? ORDER BY id")
                .param(person.value()).query((rs, i) -> rs.getString(1) + " " + rs.getString(2) + " "
                        + rs.getString(3) + " " + rs.getString(4) + " " + (rs.getObject(5) != null)).list();
        assertThat(rows).containsExactly(
                caseworker.username() + " CHANGE PERSON CASE_WORK false",
                caseworker.username() + " CHANGE INTAKE CASE_WORK true",
                caseworker.username() + " READ CASE CASE_WORK true");
    }

    @Test
    void badInputGetsAClearMessageAndStoresNothing() {
        TestActors.signIn(TestFixtures.caseworker(NORTH));
        var before = jdbc.sql("SELECT count(*) FROM casehandling.persons").query(Long.class).single();

        assertThatThrownBy(() -> register.register(TestFixtures.person("19900101-1234", "A", "B")))
                .isInstanceOfSatisfying(RuleViolation.class, e ->
                        assertThat(e.messageKey()).isEqualTo("casehandling.error.identity-number-invalid"));
        assertThatThrownBy(() -> register.register(TestFixtures.person(TestFixtures.personalNumber(),
                "<script>alert(1)</script>", "B")))
                .isInstanceOfSatisfying(RuleViolation.class, e ->
                        assertThat(e.messageKey()).isEqualTo("casehandling.error.text-markup"));
        var person = register.register(TestFixtures.person(TestFixtures.personalNumber(), "Ann", "Ny"));
        var oversized = "x".repeat(5_000);
        var logRowsBefore = jdbc.sql("SELECT count(*) FROM accesslog.access_log WHERE person_id = ?")
                .param(person.value()).query(Long.class).single();
        assertThatThrownBy(() -> caseHandling.registerIntake(new RegisterIntake(person, NORTH, IntakeKind.APPLICATION,
                LocalDate.now(), oversized, null, null, null, false, null, false)).caseId())
                .isInstanceOfSatisfying(RuleViolation.class, e ->
                        assertThat(e.messageKey()).isEqualTo("casehandling.error.text-too-long"));
        assertThatThrownBy(() -> caseHandling.registerIntake(new RegisterIntake(person, NORTH, IntakeKind.APPLICATION,
                LocalDate.now().plusDays(2), "Framtid", null, null, null, false, null, false)).caseId())
                .isInstanceOfSatisfying(RuleViolation.class, e ->
                        assertThat(e.messageKey()).isEqualTo("casehandling.error.date-in-future"));

        assertThat(jdbc.sql("SELECT count(*) FROM casehandling.persons").query(Long.class).single())
                .isEqualTo(before + 1);
        assertThat(jdbc.sql("SELECT count(*) FROM casehandling.cases WHERE person_id = ?").param(person.value())
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM accesslog.access_log WHERE person_id = ?")
                .param(person.value()).query(Long.class).single()).isEqualTo(logRowsBefore);
    }

    @Test
    void twoCaseworkersChangingTheSameCaseDoNotOverwriteEachOther() {
        TestActors.signIn(TestFixtures.caseworker(NORTH));
        var person = register.register(TestFixtures.person(TestFixtures.personalNumber(), "Bo", "Ås"));
        var caseId = caseHandling.registerIntake(TestFixtures.application(person, NORTH)).caseId();
        var readByBoth = caseHandling.summary(caseId).version();
        var today = LocalDate.now();

        caseHandling.assess(caseId, readByBoth, PreliminaryOutcome.OPEN_INVESTIGATION, "Första", today,
                today.plusMonths(3));
        assertThatThrownBy(() -> caseHandling.assess(caseId, readByBoth, PreliminaryOutcome.NO_INVESTIGATION,
                "Andra", today, null)).isInstanceOf(ConcurrentChange.class);
        assertThat(caseHandling.summary(caseId).assessment().reasons()).isEqualTo("Första");
    }

    @Test
    void theAccessLogIsAppendOnlyInTheDatabase() {
        TestActors.signIn(TestFixtures.caseworker(NORTH));
        var person = register.register(TestFixtures.person(TestFixtures.personalNumber(), "Li", "Ro"));

        assertThatThrownBy(() -> jdbc.sql("DELETE FROM accesslog.access_log WHERE person_id = ?")
                .param(person.value()).update()).rootCause().hasMessageContaining("permission denied");
        assertThatThrownBy(() -> jdbc.sql("UPDATE accesslog.access_log SET what = 'X' WHERE person_id = ?")
                .param(person.value()).update()).rootCause().hasMessageContaining("permission denied");
    }
}
