package se.vardkedjan.followup;

import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import se.vardkedjan.casehandling.CarePlanId;
import se.vardkedjan.casehandling.CaseStatus;
import se.vardkedjan.casehandling.ClosureReason;
import se.vardkedjan.casehandling.CoordinatedPlanId;
import se.vardkedjan.casehandling.DecisionId;
import se.vardkedjan.casehandling.GoalId;
import se.vardkedjan.casehandling.InterventionId;
import se.vardkedjan.casehandling.InterventionType;
import se.vardkedjan.casehandling.events.CarePlanGoalsAgreed;
import se.vardkedjan.casehandling.events.CarePlanGoalsAgreed.AgreedGoal;
import se.vardkedjan.casehandling.events.CaseClosed;
import se.vardkedjan.casehandling.events.CoordinatedPlanFollowUpSet;
import se.vardkedjan.casehandling.events.InterventionClosed;
import se.vardkedjan.casehandling.events.InterventionGranted;
import se.vardkedjan.sharedkernel.CaseId;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static se.vardkedjan.followup.FollowUpFixtures.await;

/**
 * Case handling's events handed over late and out of order (a publication resubmitted minutes after a node died, ADR
 * 0033): the newer event is applied first, the older one after it, and the schedule is the newer one's; the same event
 * twice changes nothing. The order is the plan's revision number, the SIP's version, and the closing of an
 * intervention or a case (final). A publication stored before the events carried their order is older than all that
 * carry it.
 */
@FollowUpModuleTest
class FollowUpLateEventsModuleTests {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final TestClock clock;

    FollowUpLateEventsModuleTests(JdbcClient jdbc, ApplicationEventPublisher events,
                                  PlatformTransactionManager transactionManager, TestClock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    @Test
    void aSipsOlderDateHandedOverAfterTheNewerOneLeavesTheNewerDate() {
        var caseId = aCase();
        var sip = new CoordinatedPlanId(UUID.randomUUID());
        publish(new CoordinatedPlanFollowUpSet(caseId, sip, 3L, today().plusDays(40)));
        await("the SIP's follow-up", () -> dueOn(sip.value()) != null);

        publish(new CoordinatedPlanFollowUpSet(caseId, sip, 2L, today().plusDays(12)));
        settle();

        assertThat(dueOn(sip.value())).as("the newer date stays").isEqualTo(today().plusDays(40));
    }

    @Test
    void aSipsDateHandedOverTwiceChangesNothingTheSecondTime() {
        var caseId = aCase();
        var sip = new CoordinatedPlanId(UUID.randomUUID());
        publish(new CoordinatedPlanFollowUpSet(caseId, sip, 1L, today().plusDays(12)));
        var moved = new CoordinatedPlanFollowUpSet(caseId, sip, 2L, today().plusDays(40));
        publish(moved);
        await("the SIP's follow-up moved", () -> today().plusDays(40).equals(dueOn(sip.value())));
        var before = scheduleOf(caseId);

        publish(moved);
        settle();

        assertThat(scheduleOf(caseId)).isEqualTo(before);
        assertThat(appliedOrder("SIP_VERSION", sip.value())).isEqualTo(2L);
    }

    /**
     * The newer revision has no goals, and is applied before the older one arrives (its publication was left by a node
     * that died): the older revision's goals are not scheduled. No goal lineage records a revision without goals, so
     * only the revision's number tells.
     */
    @Test
    void anOlderRevisionsGoalsHandedOverAfterANewerRevisionWithoutGoalsScheduleNothing() {
        var caseId = aCase();
        var firstPlan = CarePlanId.random();
        var firstGoal = GoalId.random();
        publish(new CarePlanGoalsAgreed(caseId, CarePlanId.random(), 2, firstPlan, today(), List.of()));
        await("the newer revision applied", () -> appliedOrder("CARE_PLAN_REVISION", caseId.value()) != null);

        publish(new CarePlanGoalsAgreed(caseId, firstPlan, 1, null, today(),
                List.of(new AgreedGoal(firstGoal, today().plusDays(20), null))));
        settle();

        assertThat(scheduleOf(caseId)).as("nothing scheduled: the newer revision has no goals").isEmpty();
    }

    /**
     * Two revisions handed over late together, the newer one first: whichever is applied first, what is due is the
     * newer revision's goal on its date.
     */
    @Test
    void twoRevisionsHandedOverLateInTheWrongOrderLeaveTheNewerRevisionsGoals() {
        var caseId = aCase();
        var firstPlan = CarePlanId.random();
        var secondPlan = CarePlanId.random();
        var firstGoal = GoalId.random();
        var secondGoal = GoalId.random();
        var thirdGoal = GoalId.random();
        publish(new CarePlanGoalsAgreed(caseId, firstPlan, 1, null, today(),
                List.of(new AgreedGoal(firstGoal, today().plusDays(20), null))));
        await("the first goal's follow-up", () -> dueOn(firstGoal.value()) != null);
        var second = new CarePlanGoalsAgreed(caseId, secondPlan, 2, firstPlan, today(),
                List.of(new AgreedGoal(secondGoal, today().plusDays(45), firstGoal)));
        var third = new CarePlanGoalsAgreed(caseId, CarePlanId.random(), 3, secondPlan, today(),
                List.of(new AgreedGoal(thirdGoal, today().plusDays(60), secondGoal)));

        // handed over together, the newer first: their listeners (schedule and goal lineage) run at the same time
        transactions.executeWithoutResult(status -> {
            events.publishEvent(third);
            events.publishEvent(second);
        });
        await("the third revision's goal scheduled", () -> dueOn(thirdGoal.value()) != null);
        settle();

        assertThat(due(caseId)).as("due: the newest revision's goal on its date")
                .containsExactly(List.of(thirdGoal.value(), today().plusDays(60)));
        assertThat(dueOn(secondGoal.value())).as("the older revision's goal has no follow-up of its own").isNull();
    }

    @Test
    void aRevisionsGoalsHandedOverTwiceChangeNothingTheSecondTime() {
        var caseId = aCase();
        var firstPlan = CarePlanId.random();
        var firstGoal = GoalId.random();
        var secondGoal = GoalId.random();
        publish(new CarePlanGoalsAgreed(caseId, firstPlan, 1, null, today(),
                List.of(new AgreedGoal(firstGoal, today().plusDays(20), null))));
        await("the first goal's follow-up", () -> dueOn(firstGoal.value()) != null);
        var second = new CarePlanGoalsAgreed(caseId, CarePlanId.random(), 2, firstPlan, today(),
                List.of(new AgreedGoal(secondGoal, today().plusDays(45), firstGoal)));
        publish(second);
        await("the goal carried on", () -> today().plusDays(45).equals(dueOn(secondGoal.value())));
        var before = scheduleOf(caseId);

        publish(second);
        settle();

        assertThat(scheduleOf(caseId)).isEqualTo(before);
        assertThat(appliedOrder("CARE_PLAN_REVISION", caseId.value())).isEqualTo(2L);
    }

    @Test
    void anInterventionsGrantHandedOverAfterItWasClosedSchedulesNothing() {
        var caseId = aCase();
        var granted = granted(caseId);
        publish(closed(granted));
        await("the closing applied", () -> appliedOrder("INTERVENTION_CLOSED",
                granted.interventionId().value()) != null);

        publish(granted);
        settle();

        assertThat(scheduleOf(caseId)).as("nothing due for a closed intervention").isEmpty();
    }

    @Test
    void anInterventionsClosingHandedOverTwiceChangesNothingTheSecondTime() {
        var caseId = aCase();
        var granted = granted(caseId);
        publish(granted);
        await("the intervention's follow-up", () -> dueOn(granted.interventionId().value()) != null);
        var closed = closed(granted);
        publish(closed);
        await("the follow-up cancelled", () -> due(caseId).isEmpty());
        var before = scheduleOf(caseId);

        publish(closed);
        publish(granted);
        settle();

        assertThat(scheduleOf(caseId)).isEqualTo(before);
    }

    @Test
    void eventsOfACaseHandedOverAfterItWasClosedScheduleNothing() {
        var caseId = aCase();
        var granted = granted(caseId);
        var goal = GoalId.random();
        var sip = new CoordinatedPlanId(UUID.randomUUID());
        publish(new CaseClosed(caseId, today(), CaseStatus.CLOSED, ClosureReason.GOALS_REACHED));
        await("the closing applied", () -> appliedOrder("CASE_CLOSED", caseId.value()) != null);

        publish(granted);
        publish(new CarePlanGoalsAgreed(caseId, CarePlanId.random(), 1, null, today(),
                List.of(new AgreedGoal(goal, today().plusDays(20), null))));
        publish(new CoordinatedPlanFollowUpSet(caseId, sip, 1L, today().plusDays(30)));
        settle();

        assertThat(scheduleOf(caseId)).as("nothing scheduled in a closed case").isEmpty();
    }

    @Test
    void aCasesClosingHandedOverTwiceChangesNothingTheSecondTime() {
        var caseId = aCase();
        publish(granted(caseId));
        await("the intervention's follow-up", () -> scheduleOf(caseId).size() == 1);
        var closed = new CaseClosed(caseId, today(), CaseStatus.CLOSED, ClosureReason.GOALS_REACHED);
        publish(closed);
        await("the follow-up cancelled", () -> due(caseId).isEmpty());
        var before = scheduleOf(caseId);

        publish(closed);
        settle();

        assertThat(scheduleOf(caseId)).isEqualTo(before);
        assertThat(appliedOrder("CASE_CLOSED", caseId.value())).isEqualTo(1L);
    }

    /**
     * A publication stored before the events carried their order (its JSON has no revision or version, so the field is
     * null) is older than every event with one: after one was applied it changes nothing.
     */
    @Test
    void anEventStoredBeforeTheOrderWasAddedChangesNothingAfterAnOrderedOne() {
        var caseId = aCase();
        var sip = new CoordinatedPlanId(UUID.randomUUID());
        publish(new CoordinatedPlanFollowUpSet(caseId, sip, 5L, today().plusDays(40)));
        var firstPlan = CarePlanId.random();
        var goal = GoalId.random();
        publish(new CarePlanGoalsAgreed(caseId, CarePlanId.random(), 2, firstPlan, today(), List.of()));
        await("both applied", () -> dueOn(sip.value()) != null
                && appliedOrder("CARE_PLAN_REVISION", caseId.value()) != null);

        publish(new CoordinatedPlanFollowUpSet(caseId, sip, null, today().plusDays(12)));
        publish(new CarePlanGoalsAgreed(caseId, firstPlan, null, null, today(),
                List.of(new AgreedGoal(goal, today().plusDays(20), null))));
        settle();

        assertThat(due(caseId)).containsExactly(List.of(sip.value(), today().plusDays(40)));
    }

    /** Alone, such an old publication is applied as before: nothing with an order says it is stale. */
    @Test
    void anEventStoredBeforeTheOrderWasAddedIsAppliedWhenNothingNewerWas() {
        var caseId = aCase();
        var sip = new CoordinatedPlanId(UUID.randomUUID());
        var goal = GoalId.random();

        publish(new CoordinatedPlanFollowUpSet(caseId, sip, null, today().plusDays(12)));
        publish(new CarePlanGoalsAgreed(caseId, CarePlanId.random(), null, null, today(),
                List.of(new AgreedGoal(goal, today().plusDays(20), null))));

        await("both scheduled", () -> due(caseId).size() == 2);
        assertThat(appliedOrder("SIP_VERSION", sip.value())).as("no order to record").isNull();
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneId.of("Europe/Stockholm"));
    }

    private static CaseId aCase() {
        return new CaseId(UUID.randomUUID());
    }

    private InterventionGranted granted(CaseId caseId) {
        return new InterventionGranted(caseId, new DecisionId(UUID.randomUUID()),
                new InterventionId(UUID.randomUUID()), InterventionType.OUTPATIENT, today());
    }

    private InterventionClosed closed(InterventionGranted granted) {
        return new InterventionClosed(granted.caseId(), granted.decisionId(), granted.interventionId(),
                granted.type(), today(), ClosureReason.GOALS_REACHED);
    }

    private void publish(Object event) {
        transactions.executeWithoutResult(status -> events.publishEvent(event));
    }

    /** The due date of the source's follow-up, or null when it has none. */
    private LocalDate dueOn(UUID source) {
        return jdbc.sql("SELECT due_on FROM followup.scheduled_follow_ups WHERE source_id = ?").param(source)
                .query(LocalDate.class).optional().orElse(null);
    }

    /** The case's due follow-ups: source and date. */
    private List<List<Object>> due(CaseId caseId) {
        return jdbc.sql("""
                        SELECT source_id, due_on FROM followup.scheduled_follow_ups
                        WHERE case_id = ? AND status = 'DUE' ORDER BY due_on""")
                .param(caseId.value())
                .query((rs, n) -> List.<Object>of(rs.getObject(1), rs.getDate(2).toLocalDate())).list();
    }

    /** Every row of the case's schedule as stored, with its row version. */
    private List<List<Object>> scheduleOf(CaseId caseId) {
        return jdbc.sql("""
                        SELECT id, source_kind, source_id, due_on, status, coalesce(cancel_reason, '-'),
                               coalesce(cancelled_on::text, '-'), version
                        FROM followup.scheduled_follow_ups WHERE case_id = ? ORDER BY id""")
                .param(caseId.value())
                .query((rs, n) -> List.<Object>of(rs.getObject(1), rs.getString(2), rs.getObject(3),
                        rs.getDate(4).toLocalDate(), rs.getString(5), rs.getString(6), rs.getString(7),
                        rs.getLong(8))).list();
    }

    private Long appliedOrder(String kind, UUID id) {
        return jdbc.sql("""
                        SELECT applied_order FROM followup.applied_event_order
                        WHERE subject_kind = ? AND subject_id = ?""")
                .params(kind, id).query(Long.class).optional().orElse(null);
    }

    /** Gives the listeners, which run after each commit on threads of their own, time to apply what they would. */
    private static void settle() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
