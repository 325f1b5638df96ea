package se.vardkedjan.followup;

import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import se.vardkedjan.TestActors;
import se.vardkedjan.casehandling.CarePlanId;
import se.vardkedjan.casehandling.CaseHandling;
import se.vardkedjan.casehandling.Decisions;
import se.vardkedjan.casehandling.GoalId;
import se.vardkedjan.casehandling.InterventionType;
import se.vardkedjan.casehandling.Investigations;
import se.vardkedjan.casehandling.PersonRegister;
import se.vardkedjan.casehandling.ProtectedCases;
import se.vardkedjan.casehandling.TestFixtures;
import se.vardkedjan.casehandling.events.CarePlanGoalsAgreed;
import se.vardkedjan.sharedkernel.AccessDenied;
import se.vardkedjan.sharedkernel.Actor;
import se.vardkedjan.sharedkernel.CaseId;
import se.vardkedjan.sharedkernel.Roles;
import se.vardkedjan.sharedkernel.RuleViolation;
import se.vardkedjan.sharedkernel.UnitCode;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.vardkedjan.casehandling.TestFixtures.NORTH;
import static se.vardkedjan.casehandling.TestFixtures.SOUTH;
import static se.vardkedjan.followup.FollowUpFixtures.await;

/**
 * Who sees which follow-ups (ADR 0030): a caseworker only those on the cases they are responsible for; a unit
 * manager only their own units' caseworkers, counts without a row and a caseworker's list logged as supervision; an
 * analyst nothing person-level; a protected person's follow-up only to staff named on the case, never with the name.
 */
@FollowUpModuleTest
class FollowUpAccessModuleTests {

    private final FollowUps followUps;
    private final PersonRegister register;
    private final CaseHandling caseHandling;
    private final Investigations investigations;
    private final Decisions decisions;
    private final ProtectedCases protectedCases;
    private final TestActors actors;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final LocalDate today;

    FollowUpAccessModuleTests(FollowUps followUps, PersonRegister register, CaseHandling caseHandling,
                              Investigations investigations, Decisions decisions, ProtectedCases protectedCases,
                              TestActors actors, JdbcClient jdbc, ApplicationEventPublisher events,
                              PlatformTransactionManager transactionManager, TestClock clock) {
        this.followUps = followUps;
        this.register = register;
        this.caseHandling = caseHandling;
        this.investigations = investigations;
        this.decisions = decisions;
        this.protectedCases = protectedCases;
        this.actors = actors;
        this.jdbc = jdbc;
        this.events = events;
        this.transactions = new TransactionTemplate(transactionManager);
        this.today = LocalDate.ofInstant(clock.instant(), ZoneId.of("Europe/Stockholm"));
    }

    private long rows(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    /** A decided case of the unit with a goal due in five days (and the intervention's follow-up months ahead). */
    private CaseId caseWithGoalDueSoon(UnitCode unit, String responsible, boolean protectedIdentity) {
        var person = TestFixtures.person(TestFixtures.personalNumber(), "Eva", "Ek");
        TestActors.signIn(TestFixtures.caseworker(unit));
        var personId = register.register(person);
        var caseId = caseHandling.registerIntake(TestFixtures.application(personId, unit)).caseId();
        caseHandling.assess(caseId, 0, se.vardkedjan.casehandling.PreliminaryOutcome.OPEN_INVESTIGATION,
                "Behov av utredning.", today.minusDays(2), today.plusMonths(4));
        investigations.saveAndComplete(caseId, 0,
                se.vardkedjan.casehandling.DecisionFixtures.completeContent(today.minusDays(2), today));
        decisions.decide(se.vardkedjan.casehandling.DecisionFixtures.decision(caseId, today,
                se.vardkedjan.casehandling.DecisionFixtures.granted(InterventionType.OUTPATIENT, today)));
        FollowUpFixtures.responsible(jdbc, caseId, responsible);
        if (protectedIdentity) {
            jdbc.sql("UPDATE casehandling.persons SET protection = 'PROTECTED_REGISTRATION' WHERE id = ?")
                    .param(personId.value()).update();
        }
        var goal = GoalId.random();
        transactions.executeWithoutResult(status -> events.publishEvent(new CarePlanGoalsAgreed(caseId,
                CarePlanId.random(), 1, null, today, List.of(new CarePlanGoalsAgreed.AgreedGoal(goal,
                today.plusDays(5), null)))));
        await("the case's two follow-ups", () -> rows("SELECT count(*) FROM followup.scheduled_follow_ups "
                + "WHERE case_id = ?", caseId.value()) == 2);
        TestActors.signOut();
        return caseId;
    }

    private CaseId caseWithGoalDueSoon(UnitCode unit, String responsible) {
        return caseWithGoalDueSoon(unit, responsible, false);
    }

    private long logRows(Actor actor, CaseId caseId, String purpose) {
        return rows("SELECT count(*) FROM accesslog.access_log WHERE actor_subject = ? AND case_id = ? "
                + "AND what = 'FOLLOW_UPS_DUE' AND purpose = ?", actor.subject(), caseId.value(), purpose);
    }

    private long refusals(Actor actor) {
        return rows("SELECT count(*) FROM accesslog.security_events WHERE actor_subject = ?", actor.subject());
    }

    @Test
    void aCaseworkerSeesTheFollowUpsOfTheCasesTheyAreResponsibleForAndNoOneElses() {
        var mine = TestFixtures.caseworker(NORTH);
        var colleague = TestFixtures.caseworker(NORTH);
        var own = caseWithGoalDueSoon(NORTH, mine.username());
        var theirs = caseWithGoalDueSoon(NORTH, colleague.username());

        TestActors.signIn(mine);
        var page = followUps.mine(0, 25);

        assertThat(page.items()).extracting(DueFollowUp::caseId).containsExactly(own);
        assertThat(page.total()).isEqualTo(1);
        assertThat(page.items().getFirst().clientName()).isEqualTo("Eva Ek");
        assertThat(page.items().getFirst().source()).isEqualTo(FollowUpSource.GOAL);
        assertThat(logRows(mine, own, "CASE_WORK")).as("the case shown is logged as read").isEqualTo(1);
        assertThat(logRows(mine, theirs, "CASE_WORK")).isZero();
    }

    @Test
    void aUnitManagerCountsPerCaseworkerOfTheirOwnUnitsOnlyAndOpensACaseworkersListAsSupervision() {
        var north = TestFixtures.caseworker(NORTH);
        var south = TestFixtures.caseworker(SOUTH);
        var northCase = caseWithGoalDueSoon(NORTH, north.username());
        var southCase = caseWithGoalDueSoon(SOUTH, south.username());

        var manager = TestActors.signIn(TestFixtures.unitManager(NORTH));
        var counts = followUps.perCaseworker();

        assertThat(counts).filteredOn(c -> c.username().equals(north.username())).singleElement()
                .satisfies(c -> {
                    assertThat(c.dueSoon()).isEqualTo(1);
                    assertThat(c.overdue()).isZero();
                });
        assertThat(counts).extracting(CaseworkerFollowUps::username).doesNotContain(south.username());
        assertThat(rows("SELECT count(*) FROM accesslog.access_log WHERE actor_subject = ?", manager.subject()))
                .as("counts name nobody and write no row").isZero();

        assertThat(followUps.ofCaseworker(north.username(), 0, 25).items()).extracting(DueFollowUp::caseId)
                .containsExactly(northCase);
        assertThat(logRows(manager, northCase, "SUPERVISION")).isEqualTo(1);
        assertThat(followUps.ofCaseworker(south.username(), 0, 25).items())
                .as("another unit's caseworker's cases are not the manager's to see").isEmpty();
        assertThat(logRows(manager, southCase, "SUPERVISION")).isZero();
        assertThatThrownBy(() -> followUps.ofCaseworker("'; DROP TABLE x", 0, 25))
                .isInstanceOf(RuleViolation.class);
    }

    @Test
    void aCaseworkerIsRefusedTheManagersCountsAndAnotherUnitsCaseAndTheRefusalsAreRecorded() {
        var southCase = caseWithGoalDueSoon(SOUTH, "nagon");
        var caseworker = TestActors.signIn(TestFixtures.caseworker(NORTH));

        assertThatThrownBy(followUps::perCaseworker).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> followUps.ofCaseworker(caseworker.username(), 0, 25))
                .isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> followUps.ofCase(southCase)).isInstanceOf(AccessDenied.class);
        assertThat(refusals(caseworker)).isEqualTo(3);
        assertThat(followUps.hasOverdue(southCase)).isFalse();
    }

    @Test
    void anAnalystGetsNoFollowUpOfAnyPerson() {
        var caseId = caseWithGoalDueSoon(NORTH, "nagon");
        TestActors.signIn(TestActors.staff("an" + UUID.randomUUID().toString().substring(0, 6),
                Set.of(Roles.ANALYST), NORTH.value()));

        assertThatThrownBy(() -> followUps.mine(0, 25))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThatThrownBy(() -> followUps.ofCase(caseId))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThatThrownBy(followUps::perCaseworker)
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    @Test
    void aProtectedPersonsFollowUpIsListedOnlyToStaffNamedOnTheCaseAndNeverWithTheName() {
        var caseworker = TestFixtures.caseworker(NORTH);
        var caseId = caseWithGoalDueSoon(NORTH, caseworker.username(), true);

        TestActors.signIn(caseworker);
        assertThat(followUps.mine(0, 25).items()).as("not named on the case").isEmpty();

        TestFixtures.nameOnCase(protectedCases, actors, jdbc, caseId, NORTH, caseworker);
        var listed = followUps.mine(0, 25).items();

        assertThat(listed).singleElement().satisfies(due -> {
            assertThat(due.caseId()).isEqualTo(caseId);
            assertThat(due.protectedIdentity()).isTrue();
            assertThat(due.clientName()).isNull();
        });
    }
}
