package se.vardkedjan.followup;

import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import se.vardkedjan.TestActors;
import se.vardkedjan.casehandling.CarePlans;
import se.vardkedjan.casehandling.CaseHandling;
import se.vardkedjan.casehandling.CaseStatus;
import se.vardkedjan.casehandling.ClosureReason;
import se.vardkedjan.casehandling.Decisions;
import se.vardkedjan.casehandling.GoalId;
import se.vardkedjan.casehandling.GoalInput;
import se.vardkedjan.casehandling.InterventionType;
import se.vardkedjan.casehandling.Investigations;
import se.vardkedjan.casehandling.PersonRegister;
import se.vardkedjan.casehandling.TestFixtures;
import se.vardkedjan.casehandling.events.CarePlanGoalsAgreed;
import se.vardkedjan.casehandling.events.CaseClosed;
import se.vardkedjan.casehandling.events.CoordinatedPlanFollowUpSet;
import se.vardkedjan.casehandling.events.InterventionGranted;
import se.vardkedjan.casehandling.CarePlanId;
import se.vardkedjan.casehandling.CoordinatedPlanId;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import static org.assertj.core.api.Assertions.assertThat;
import static se.vardkedjan.casehandling.TestFixtures.NORTH;
import static se.vardkedjan.followup.FollowUpFixtures.await;

/**
 * Scheduling from case handling's events (ADR 0030), with the application's clock under the test's control: goals,
 * interventions and SIPs get due follow-ups; a goal's date moved in a revision moves its follow-up; ending the
 * intervention, removing the goal or closing the case cancels (the row stays); the same event twice, also at the same
 * moment, schedules once; a follow-up becomes overdue when the clock passes its date.
 */
@FollowUpModuleTest
class FollowUpSchedulingModuleTests {

    private final FollowUps followUps;
    private final PersonRegister register;
    private final CaseHandling caseHandling;
    private final Investigations investigations;
    private final Decisions decisions;
    private final CarePlans plans;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final TestClock clock;

    FollowUpSchedulingModuleTests(FollowUps followUps, PersonRegister register, CaseHandling caseHandling,
                                  Investigations investigations, Decisions decisions, CarePlans plans,
                                  JdbcClient jdbc, ApplicationEventPublisher events,
                                  PlatformTransactionManager transactionManager, TestClock clock) {
        this.followUps = followUps;
        this.register = register;
        this.caseHandling = caseHandling;
        this.investigations = investigations;
        this.decisions = decisions;
        this.plans = plans;
        this.jdbc = jdbc;
        this.events = events;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), java.time.ZoneId.of("Europe/Stockholm"));
    }

    private FollowUpFixtures.Granted granted(InterventionType type) {
        return FollowUpFixtures.granted(register, caseHandling, investigations, decisions, NORTH, today(), type);
    }

    private List<ScheduledFollowUp> scheduleOf(se.vardkedjan.sharedkernel.CaseId caseId, int expected) {
        await(expected + " follow-ups on the case", () -> rows("SELECT count(*) FROM followup.scheduled_follow_ups "
                + "WHERE case_id = ?", caseId.value()) >= expected);
        return followUps.ofCase(caseId);
    }

    private long rows(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    private void publish(Object event) {
        transactions.executeWithoutResult(status -> events.publishEvent(event));
    }

    private static void pause() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void aGoalsFollowUpDateSchedulesAFollowUpDueThatDayAndTheInterventionOneThreeMonthsAfterItStarts() {
        TestActors.signIn(TestFixtures.caseworker(NORTH));
        var granted = granted(InterventionType.OUTPATIENT);
        var goalDate = today().plusDays(20);
        FollowUpFixtures.agree(plans, plans.draft(granted.caseId(), today()), today(),
                new GoalInput("Ha en egen bostad", "Hyreskontrakt", goalDate));

        var schedule = scheduleOf(granted.caseId(), 2);

        assertThat(schedule).extracting(ScheduledFollowUp::source, ScheduledFollowUp::dueOn,
                        ScheduledFollowUp::status, ScheduledFollowUp::overdue)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(FollowUpSource.GOAL, goalDate, FollowUpStatus.DUE, false),
                        org.assertj.core.groups.Tuple.tuple(FollowUpSource.INTERVENTION, today().plusMonths(3),
                                FollowUpStatus.DUE, false));
        assertThat(schedule.get(1).interventionType()).isEqualTo(InterventionType.OUTPATIENT);
        assertThat(rows("SELECT count(*) FROM followup.scheduled_follow_ups WHERE case_id = ? AND unit_code = ?",
                granted.caseId().value(), NORTH.value())).as("the case's unit is kept on the rows").isEqualTo(2);
    }

    @Test
    void aRevisionThatMovesAGoalsDateMovesItsFollowUpAndCancelsTheFollowUpOfAGoalItIsWithout() {
        TestActors.signIn(TestFixtures.caseworker(NORTH));
        var granted = granted(InterventionType.OUTPATIENT);
        var first = FollowUpFixtures.agree(plans, plans.draft(granted.caseId(), today()), today(),
                new GoalInput("Ha en egen bostad", "Hyreskontrakt", today().plusDays(20)),
                new GoalInput("Gå i skolan", "Närvaro", today().plusDays(30)));
        var before = scheduleOf(granted.caseId(), 3);
        var housing = before.stream().filter(f -> f.dueOn().equals(today().plusDays(20))).findFirst().orElseThrow();

        var revision = plans.revise(first, plans.plan(first).version(), today());
        for (var copied : plans.plan(revision).goals()) {
            plans.removeGoal(revision, plans.plan(revision).version(), copied.id());
        }
        FollowUpFixtures.agree(plans, revision, today(),
                new GoalInput("Ha en egen bostad", "Hyreskontrakt", today().plusDays(45)),
                new GoalInput("Få ett arbete", "Anställning", today().plusDays(60)));
        await("the school goal's follow-up cancelled", () -> rows("SELECT count(*) FROM followup.scheduled_follow_ups "
                + "WHERE case_id = ? AND status = 'CANCELLED'", granted.caseId().value()) == 1);
        var after = scheduleOf(granted.caseId(), 4);

        assertThat(after).filteredOn(f -> f.source() == FollowUpSource.GOAL)
                .extracting(ScheduledFollowUp::dueOn, ScheduledFollowUp::status, ScheduledFollowUp::cancelReason)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(today().plusDays(45), FollowUpStatus.DUE, null),
                        org.assertj.core.groups.Tuple.tuple(today().plusDays(60), FollowUpStatus.DUE, null),
                        org.assertj.core.groups.Tuple.tuple(today().plusDays(30), FollowUpStatus.CANCELLED,
                                CancelReason.GOAL_REMOVED));
        assertThat(after).filteredOn(f -> f.id().equals(housing.id())).singleElement()
                .as("the goal carried on keeps its follow-up, on the new date")
                .extracting(ScheduledFollowUp::dueOn).isEqualTo(today().plusDays(45));
        assertThat(after).filteredOn(f -> f.status() == FollowUpStatus.CANCELLED).singleElement()
                .extracting(ScheduledFollowUp::cancelledOn).isEqualTo(today());
    }

    /**
     * A superseded revision's goals handed over again after the newer revision was applied (a publication resubmitted
     * minutes late, after a node died; ADR 0033) neither schedules the old goal again nor cancels the new one's.
     */
    @Test
    void aSupersededRevisionsGoalsHandedOverLateChangeNothing() {
        var caseId = new se.vardkedjan.sharedkernel.CaseId(UUID.randomUUID());
        var firstPlan = new se.vardkedjan.casehandling.CarePlanId(UUID.randomUUID());
        var secondPlan = new se.vardkedjan.casehandling.CarePlanId(UUID.randomUUID());
        var firstGoal = new se.vardkedjan.casehandling.GoalId(UUID.randomUUID());
        var secondGoal = new se.vardkedjan.casehandling.GoalId(UUID.randomUUID());
        var first = new se.vardkedjan.casehandling.events.CarePlanGoalsAgreed(caseId, firstPlan, 1, null, today(),
                List.of(new se.vardkedjan.casehandling.events.CarePlanGoalsAgreed.AgreedGoal(firstGoal,
                        today().plusDays(20), null)));
        var second = new se.vardkedjan.casehandling.events.CarePlanGoalsAgreed(caseId, secondPlan, 2, firstPlan,
                today(), List.of(new se.vardkedjan.casehandling.events.CarePlanGoalsAgreed.AgreedGoal(secondGoal,
                        today().plusDays(45), firstGoal)));
        publish(first);
        await("the first goal's follow-up", () -> rows("SELECT count(*) FROM followup.scheduled_follow_ups "
                + "WHERE source_id = ?", firstGoal.value()) == 1);
        publish(second);
        await("the follow-up carried on and the revision recorded", () -> rows("SELECT count(*) FROM "
                + "followup.scheduled_follow_ups WHERE source_id = ?", secondGoal.value()) == 1
                && rows("SELECT count(*) FROM followup.agreed_goals WHERE supersedes = ?", firstPlan.value()) == 1);

        publish(first);
        pause();

        assertThat(jdbc.sql("SELECT source_id, due_on, status FROM followup.scheduled_follow_ups WHERE case_id = ?")
                .param(caseId.value()).query((rs, n) -> List.of(rs.getObject(1), rs.getDate(2).toLocalDate(),
                        rs.getString(3))).list())
                .as("one follow-up: the newer revision's goal, due on its date")
                .containsExactly(List.of(secondGoal.value(), today().plusDays(45), "DUE"));
    }

    @Test
    void endingTheInterventionCancelsItsFollowUpAndTheRowStays() {
        TestActors.signIn(TestFixtures.caseworker(NORTH));
        var granted = granted(InterventionType.OUTPATIENT);
        scheduleOf(granted.caseId(), 1);

        decisions.closeIntervention(granted.interventionId(), granted.decision().version(),
                ClosureReason.GOALS_REACHED, "Målen är nådda.", today());
        await("the intervention's follow-up cancelled", () -> rows("SELECT count(*) FROM "
                + "followup.scheduled_follow_ups WHERE source_id = ? AND status = 'CANCELLED'",
                granted.interventionId().value()) == 1);

        assertThat(followUps.ofCase(granted.caseId())).singleElement().satisfies(f -> {
            assertThat(f.status()).isEqualTo(FollowUpStatus.CANCELLED);
            assertThat(f.cancelReason()).isEqualTo(CancelReason.INTERVENTION_CLOSED);
            assertThat(f.cancelledOn()).isEqualTo(today());
            assertThat(f.overdue()).isFalse();
        });
    }

    @Test
    void helpGivenAsAServiceWithoutDecisionIsFollowedUpToo() {
        TestActors.signIn(TestFixtures.caseworker(NORTH));
        var caseId = UUID.randomUUID();
        var intervention = UUID.randomUUID();
        publish(new InterventionGranted(new se.vardkedjan.sharedkernel.CaseId(caseId),
                new se.vardkedjan.casehandling.DecisionId(UUID.randomUUID()),
                new se.vardkedjan.casehandling.InterventionId(intervention),
                InterventionType.SERVICE_WITHOUT_DECISION, today()));

        await("the service's follow-up", () -> rows("SELECT count(*) FROM followup.scheduled_follow_ups "
                + "WHERE source_id = ? AND due_on = ?", intervention, java.sql.Date.valueOf(today()
                .plus(Period.ofMonths(3)))) == 1);
    }

    @Test
    void theSameEventTwiceSchedulesOnceAlsoWhenBothArriveAtTheSameMoment() throws Exception {
        var caseId = new se.vardkedjan.sharedkernel.CaseId(UUID.randomUUID());
        var granted = new InterventionGranted(caseId, new se.vardkedjan.casehandling.DecisionId(UUID.randomUUID()),
                new se.vardkedjan.casehandling.InterventionId(UUID.randomUUID()), InterventionType.OUTPATIENT,
                today());
        var goal = GoalId.random();
        var agreed = new CarePlanGoalsAgreed(caseId, CarePlanId.random(), 1, null, today(),
                List.of(new CarePlanGoalsAgreed.AgreedGoal(goal, today().plusDays(10), null)));
        var sip = new CoordinatedPlanFollowUpSet(caseId, new CoordinatedPlanId(UUID.randomUUID()), 1L,
                today().plusDays(12));

        publish(granted);
        publish(granted);
        var start = new CountDownLatch(1);
        Runnable both = () -> {
            try {
                start.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            transactions.executeWithoutResult(status -> {
                events.publishEvent(agreed);
                events.publishEvent(sip);
            });
        };
        var one = CompletableFuture.runAsync(both);
        var other = CompletableFuture.runAsync(both);
        start.countDown();
        one.get();
        other.get();

        await("three follow-ups", () -> rows("SELECT count(*) FROM followup.scheduled_follow_ups WHERE case_id = ?",
                caseId.value()) >= 3);
        // The listeners run after each commit on their own threads: the count stays three while they do.
        for (var i = 0; i < 40; i++) {
            assertThat(rows("SELECT count(*) FROM followup.scheduled_follow_ups WHERE case_id = ?",
                    caseId.value())).isEqualTo(3);
            Thread.sleep(25);
        }
        assertThat(rows("SELECT count(*) FROM followup.scheduled_follow_ups WHERE source_id = ?", goal.value()))
                .isEqualTo(1);
    }

    @Test
    void aSipsNewFollowUpDateMovesItsFollowUp() {
        var caseId = new se.vardkedjan.sharedkernel.CaseId(UUID.randomUUID());
        var sip = new CoordinatedPlanId(UUID.randomUUID());
        publish(new CoordinatedPlanFollowUpSet(caseId, sip, 1L, today().plusDays(12)));
        await("the SIP's follow-up", () -> rows("SELECT count(*) FROM followup.scheduled_follow_ups "
                + "WHERE source_id = ?", sip.value()) == 1);

        publish(new CoordinatedPlanFollowUpSet(caseId, sip, 2L, today().plusDays(40)));

        await("the SIP's follow-up moved", () -> rows("SELECT count(*) FROM followup.scheduled_follow_ups "
                + "WHERE source_id = ? AND due_on = ?", sip.value(),
                java.sql.Date.valueOf(today().plusDays(40))) == 1);
        assertThat(rows("SELECT count(*) FROM followup.scheduled_follow_ups WHERE case_id = ?", caseId.value()))
                .isEqualTo(1);
    }

    @Test
    void closingTheCaseCancelsItsDueFollowUpsButNotTheCancelledOnes() {
        TestActors.signIn(TestFixtures.caseworker(NORTH));
        var granted = granted(InterventionType.OUTPATIENT);
        FollowUpFixtures.agree(plans, plans.draft(granted.caseId(), today()), today(),
                new GoalInput("Ha en egen bostad", "Hyreskontrakt", today().plusDays(20)));
        scheduleOf(granted.caseId(), 2);
        decisions.closeIntervention(granted.interventionId(), granted.decision().version(),
                ClosureReason.GOALS_REACHED, "Målen är nådda.", today());
        await("the intervention's follow-up cancelled", () -> rows("SELECT count(*) FROM "
                + "followup.scheduled_follow_ups WHERE case_id = ? AND status = 'CANCELLED'",
                granted.caseId().value()) == 1);

        publish(new CaseClosed(granted.caseId(), today(), CaseStatus.CLOSED, ClosureReason.GOALS_REACHED));
        await("the goal's follow-up cancelled", () -> rows("SELECT count(*) FROM followup.scheduled_follow_ups "
                + "WHERE case_id = ? AND status = 'CANCELLED'", granted.caseId().value()) == 2);

        assertThat(followUps.ofCase(granted.caseId())).extracting(ScheduledFollowUp::source,
                        ScheduledFollowUp::cancelReason)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(FollowUpSource.GOAL, CancelReason.CASE_CLOSED),
                        org.assertj.core.groups.Tuple.tuple(FollowUpSource.INTERVENTION,
                                CancelReason.INTERVENTION_CLOSED));
    }

    @Test
    void aFollowUpIsOverdueOnceTheClockHasPassedItsDate() {
        var caseworker = TestActors.signIn(TestFixtures.caseworker(NORTH));
        var granted = granted(InterventionType.OUTPATIENT);
        FollowUpFixtures.responsible(jdbc, granted.caseId(), caseworker.username());
        var goalDate = today().plusDays(20);
        FollowUpFixtures.agree(plans, plans.draft(granted.caseId(), today()), today(),
                new GoalInput("Ha en egen bostad", "Hyreskontrakt", goalDate));
        scheduleOf(granted.caseId(), 2);
        assertThat(followUps.hasOverdue(granted.caseId())).isFalse();
        assertThat(followUps.mine(0, 25).items()).as("20 days ahead is not within 14").isEmpty();

        clock.advanceDays(10);
        assertThat(followUps.mine(0, 25).items()).singleElement().satisfies(due -> {
            assertThat(due.dueOn()).isEqualTo(goalDate);
            assertThat(due.overdue()).isFalse();
        });

        clock.advanceDays(11);
        assertThat(followUps.hasOverdue(granted.caseId())).isTrue();
        assertThat(followUps.ofCase(granted.caseId())).filteredOn(ScheduledFollowUp::overdue)
                .extracting(ScheduledFollowUp::dueOn).containsExactly(goalDate);
        assertThat(followUps.mine(0, 25).items()).singleElement().satisfies(due -> {
            assertThat(due.overdue()).isTrue();
            assertThat(due.clientName()).isEqualTo("Eva Ek");
        });
    }
}
