package se.vardkedjan.followup;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import se.vardkedjan.TestActors;
import se.vardkedjan.accesslog.AccessKind;
import se.vardkedjan.accesslog.Purpose;
import se.vardkedjan.casehandling.CarePlans;
import se.vardkedjan.casehandling.CaseDoor;
import se.vardkedjan.casehandling.CaseHandling;
import se.vardkedjan.casehandling.Decisions;
import se.vardkedjan.casehandling.InvestigationId;
import se.vardkedjan.casehandling.Investigations;
import se.vardkedjan.casehandling.LifeArea;
import se.vardkedjan.casehandling.PersonRegister;
import se.vardkedjan.casehandling.TestFixtures;
import se.vardkedjan.sharedkernel.AccessDenied;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.vardkedjan.casehandling.TestFixtures.NORTH;

/** What case handling's door gives follow-up (ADR 0029), and to whom it does not. */
@FollowUpModuleTest
class CaseDoorForFollowUpModuleTests {

    private final CaseDoor door;
    private final PersonRegister register;
    private final CaseHandling caseHandling;
    private final Investigations investigations;
    private final Decisions decisions;
    private final CarePlans plans;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final LocalDate today;

    CaseDoorForFollowUpModuleTests(CaseDoor door, PersonRegister register, CaseHandling caseHandling,
                                   Investigations investigations, Decisions decisions, CarePlans plans,
                                   JdbcClient jdbc, PlatformTransactionManager transactionManager, Clock clock) {
        this.door = door;
        this.register = register;
        this.caseHandling = caseHandling;
        this.investigations = investigations;
        this.decisions = decisions;
        this.plans = plans;
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.today = LocalDate.ofInstant(clock.instant(), ZoneId.of("Europe/Stockholm"));
    }

    @Test
    void theSexAndBirthOfAnOpenedCaseServeOnlyTheUserItWasOpenedFor() {
        var caseworker = TestActors.signIn(TestFixtures.caseworker(NORTH));
        var measured = MeasurementFixtures.measuredCase(register, caseHandling, investigations, decisions, plans,
                NORTH, today);
        var opened = transactions.execute(status -> door.open(measured.caseId(), AccessKind.READ, "MEASUREMENTS",
                Purpose.CASE_WORK));

        var facts = transactions.execute(status -> door.sexAndBirth(opened));
        assertThat(facts.sex()).isNotNull();
        assertThat(facts.birthDate()).isBefore(today);

        var colleague = TestActors.signIn(TestFixtures.caseworker(NORTH));
        assertThatThrownBy(() -> transactions.execute(status -> door.sexAndBirth(opened)))
                .isInstanceOf(AccessDenied.class);
        assertThat(jdbc.sql("SELECT count(*) FROM accesslog.security_events WHERE actor_subject = ?")
                .param(colleague.subject()).query(Long.class).single()).isEqualTo(1);
        assertThat(caseworker.subject()).isNotEqualTo(colleague.subject());
    }

    @Test
    void aCompletedInvestigationsRatingsAreNumbersOfItsOwnCaseOnly() {
        TestActors.signIn(TestFixtures.caseworker(NORTH));
        var measured = MeasurementFixtures.measuredCase(register, caseHandling, investigations, decisions, plans,
                NORTH, today);
        TestActors.signOut();

        var ratings = door.completedLifeAreaRatings(measured.caseId(), measured.investigationId()).orElseThrow();
        assertThat(ratings).hasSize(LifeArea.values().length)
                .allSatisfy(r -> {
                    assertThat(r.severity()).isEqualTo(4);
                    assertThat(r.clientRating()).isEqualTo(2);
                });
        assertThat(door.completedLifeAreaRatings(measured.caseId(), new InvestigationId(UUID.randomUUID())))
                .as("another investigation's id").isEmpty();
        TestActors.signIn(TestFixtures.caseworker(NORTH));
        var other = MeasurementFixtures.measuredCase(register, caseHandling, investigations, decisions, plans, NORTH,
                today);
        assertThat(door.completedLifeAreaRatings(other.caseId(), measured.investigationId()))
                .as("an investigation of another case").isEmpty();

        var person = register.register(TestFixtures.person(TestFixtures.personalNumber(), "Dora", "Draft"));
        var drafted = caseHandling.registerIntake(TestFixtures.application(person, NORTH)).caseId();
        caseHandling.assess(drafted, 0, se.vardkedjan.casehandling.PreliminaryOutcome.OPEN_INVESTIGATION,
                "Behov av utredning.", today.minusDays(2), today.plusMonths(4));
        var draft = investigations.saveDraft(drafted, 0,
                se.vardkedjan.casehandling.DecisionFixtures.completeContent(today.minusDays(2), today));
        assertThat(door.completedLifeAreaRatings(drafted, draft.id())).as("a draft").isEmpty();
    }
}
