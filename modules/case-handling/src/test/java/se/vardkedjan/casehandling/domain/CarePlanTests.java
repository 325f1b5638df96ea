package se.vardkedjan.casehandling.domain;

import org.junit.jupiter.api.Test;
import se.vardkedjan.casehandling.ActivityInput;
import se.vardkedjan.casehandling.ActivityPerformer;
import se.vardkedjan.casehandling.AgreementChannel;
import se.vardkedjan.casehandling.CarePlanStatus;
import se.vardkedjan.casehandling.CaseStatus;
import se.vardkedjan.casehandling.GoalInput;
import se.vardkedjan.casehandling.events.CarePlanAgreed;
import se.vardkedjan.casehandling.events.GoalSet;
import se.vardkedjan.sharedkernel.CaseId;
import se.vardkedjan.sharedkernel.RuleViolation;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CarePlanTests {

    private static final LocalDate INTAKE = LocalDate.of(2026, 1, 10);
    private static final LocalDate PLAN_DATE = LocalDate.of(2026, 3, 1);
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 5);

    private static CarePlan draft(CaseStatus status) {
        return CarePlan.draft(CaseId.random(), status, INTAKE, PLAN_DATE, "hl1");
    }

    private static GoalInput goal(LocalDate followUpOn) {
        return new GoalInput("Jag vill kunna gå till jobbet utan att ha druckit.", "Frånvaro från arbetet per månad",
                followUpOn);
    }

    private static String keyOf(Runnable action) {
        try {
            action.run();
        } catch (RuleViolation e) {
            return e.messageKey();
        }
        throw new AssertionError("No rule violation");
    }

    @Test
    void aDraftCanBeStartedDuringTheInvestigationButNotAtIntake() {
        assertThat(draft(CaseStatus.INVESTIGATION).status()).isEqualTo(CarePlanStatus.DRAFT);
        assertThat(keyOf(() -> draft(CaseStatus.INTAKE))).isEqualTo("casehandling.plan.error.case-not-ready");
        assertThat(keyOf(() -> draft(CaseStatus.CLOSED))).isEqualTo("casehandling.plan.error.case-not-ready");
    }

    @Test
    void aFollowUpDateOnOrBeforeThePlanDateIsRefused() {
        var plan = draft(CaseStatus.DECIDED);

        assertThat(keyOf(() -> plan.setGoal(goal(PLAN_DATE.minusDays(1)))))
                .isEqualTo("casehandling.plan.error.follow-up-not-after-plan-date");
        assertThat(keyOf(() -> plan.setGoal(goal(PLAN_DATE))))
                .isEqualTo("casehandling.plan.error.follow-up-not-after-plan-date");
        assertThat(plan.goals()).isEmpty();
    }

    @Test
    void aGoalNeedsTheClientsWordsAndHowItIsMeasured() {
        var plan = draft(CaseStatus.DECIDED);

        assertThat(keyOf(() -> plan.setGoal(new GoalInput(" ", "Mätning", PLAN_DATE.plusMonths(1)))))
                .isEqualTo("casehandling.error.text-required");
        assertThat(keyOf(() -> plan.setGoal(new GoalInput("Mål", null, PLAN_DATE.plusMonths(1)))))
                .isEqualTo("casehandling.error.text-required");
        assertThat(keyOf(() -> plan.setGoal(new GoalInput("<script>x</script>", "M", PLAN_DATE.plusMonths(1)))))
                .isEqualTo("casehandling.error.text-markup");
    }

    @Test
    void aPlanIsAgreedOnlyWithTheClientsAgreementRecordedInADecidedCase() {
        var plan = draft(CaseStatus.INVESTIGATION);
        plan.setGoal(goal(PLAN_DATE.plusMonths(3)));

        assertThat(keyOf(() -> plan.agree(TODAY, AgreementChannel.MEETING, "hl1", CaseStatus.INVESTIGATION, TODAY)))
                .isEqualTo("casehandling.plan.error.agreement-needs-decision");
        assertThat(keyOf(() -> plan.agree(TODAY, null, "hl1", CaseStatus.DECIDED, TODAY)))
                .isEqualTo("casehandling.plan.error.channel-required");
        assertThat(keyOf(() -> plan.agree(PLAN_DATE.minusDays(1), AgreementChannel.MEETING, "hl1",
                CaseStatus.DECIDED, TODAY))).isEqualTo("casehandling.error.dates-in-wrong-order");
        assertThat(plan.status()).isEqualTo(CarePlanStatus.DRAFT);

        plan.agree(TODAY, AgreementChannel.MEETING, "hl1", CaseStatus.DECIDED, TODAY);

        assertThat(plan.status()).isEqualTo(CarePlanStatus.AGREED);
        assertThat(plan.response().agrees()).isTrue();
    }

    @Test
    void aPlanWithoutGoalsCannotBeAgreed() {
        var plan = draft(CaseStatus.DECIDED);

        assertThat(keyOf(() -> plan.agree(TODAY, AgreementChannel.PHONE, "hl1", CaseStatus.DECIDED, TODAY)))
                .isEqualTo("casehandling.plan.error.goals-required");
    }

    @Test
    void agreeingRecordsThePlanAndEachGoalAsEventsWithIdsAndDatesOnly() {
        var plan = draft(CaseStatus.DECIDED);
        var later = plan.setGoal(goal(PLAN_DATE.plusMonths(6)));
        var sooner = plan.setGoal(goal(PLAN_DATE.plusMonths(2)));

        plan.agree(TODAY, AgreementChannel.WRITING, "hl1", CaseStatus.DECIDED, TODAY);

        assertThat(plan.events()).containsExactly(
                new CarePlanAgreed(plan.caseId(), plan.id(), TODAY, PLAN_DATE.plusMonths(2)),
                new GoalSet(plan.caseId(), plan.id(), later, PLAN_DATE.plusMonths(6)),
                new GoalSet(plan.caseId(), plan.id(), sooner, PLAN_DATE.plusMonths(2)));
    }

    @Test
    void theClientsDisagreementIsKeptInTheirWordsAndThePlanStaysADraft() {
        var plan = draft(CaseStatus.DECIDED);
        plan.setGoal(goal(PLAN_DATE.plusMonths(3)));

        assertThat(keyOf(() -> plan.recordDisagreement(TODAY, AgreementChannel.PHONE, "", "hl1", TODAY)))
                .isEqualTo("casehandling.error.text-required");
        plan.recordDisagreement(TODAY, AgreementChannel.PHONE, "Jag vill inte bo på behandlingshem.", "hl1", TODAY);

        assertThat(plan.status()).isEqualTo(CarePlanStatus.DRAFT);
        assertThat(plan.response().agrees()).isFalse();
        assertThat(plan.response().clientsWords()).isEqualTo("Jag vill inte bo på behandlingshem.");
        assertThat(plan.events()).isEmpty();
    }

    @Test
    void anAgreedPlanDoesNotChangeAndIsRevisedByANewDraftThatSupersedesItWhenAgreed() {
        var plan = draft(CaseStatus.DECIDED);
        plan.setGoal(goal(PLAN_DATE.plusMonths(3)));
        plan.planActivity(new ActivityInput("Samtal om alkohol", ActivityPerformer.PROVIDER, "Varje tisdag"));
        plan.agree(TODAY, AgreementChannel.MEETING, "hl1", CaseStatus.DECIDED, TODAY);

        assertThat(keyOf(() -> plan.setGoal(goal(PLAN_DATE.plusMonths(4))))).isEqualTo("casehandling.plan.error.not-a-draft");
        var revision = plan.revise(CaseStatus.DECIDED, TODAY, "hl2");

        assertThat(revision.revision()).isEqualTo(2);
        assertThat(revision.revises()).isEqualTo(plan.id());
        assertThat(revision.status()).isEqualTo(CarePlanStatus.DRAFT);
        assertThat(revision.goals()).singleElement().satisfies(g -> {
            assertThat(g.text()).isEqualTo(plan.goals().getFirst().text());
            assertThat(g.id()).isNotEqualTo(plan.goals().getFirst().id());
        });
        assertThat(revision.activities()).hasSize(1);
        assertThat(keyOf(() -> draft(CaseStatus.DECIDED).revise(CaseStatus.DECIDED, TODAY, "hl1")))
                .isEqualTo("casehandling.plan.error.only-agreed-plan-revised");

        plan.supersedeWith(revision.id());
        assertThat(plan.status()).isEqualTo(CarePlanStatus.SUPERSEDED);
        assertThat(plan.supersededBy()).isEqualTo(revision.id());
    }

    @Test
    void anActivityNeedsWhatWhoAndWhen() {
        var plan = draft(CaseStatus.DECIDED);

        assertThat(keyOf(() -> plan.planActivity(new ActivityInput("Samtal", null, "Varje vecka"))))
                .isEqualTo("casehandling.plan.error.performer-required");
        assertThat(keyOf(() -> plan.planActivity(new ActivityInput("Samtal", ActivityPerformer.CLIENT, "a\nb"))))
                .isEqualTo("casehandling.error.text-single-line");
        var id = plan.planActivity(new ActivityInput("Lämna urinprov", ActivityPerformer.CLIENT, "Varje vecka"));
        plan.removeActivity(id);
        assertThat(plan.activities()).isEmpty();
    }

    @Test
    void theContentDigestChangesWithGoalsActivitiesAndDateButNotWithTheRecordedAgreement() {
        var plan = draft(CaseStatus.DECIDED);
        plan.setGoal(goal(PLAN_DATE.plusMonths(3)));
        var withOneGoal = plan.contentDigest();

        assertThat(withOneGoal).hasSize(64).isEqualTo(plan.contentDigest());
        plan.planActivity(new ActivityInput("Samtal om alkohol", ActivityPerformer.PROVIDER, "Varje tisdag"));
        var withActivity = plan.contentDigest();
        assertThat(withActivity).isNotEqualTo(withOneGoal);

        plan.agree(TODAY, AgreementChannel.MEETING, "hl1", CaseStatus.DECIDED, TODAY);
        assertThat(plan.contentDigest()).as("recording the agreement changes no content").isEqualTo(withActivity);
        assertThat(plan.revise(CaseStatus.DECIDED, TODAY, "hl2").contentDigest())
                .as("a revision dated later is another plan").isNotEqualTo(withActivity);
    }
}
