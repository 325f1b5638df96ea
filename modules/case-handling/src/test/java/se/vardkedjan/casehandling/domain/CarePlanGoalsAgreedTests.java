package se.vardkedjan.casehandling.domain;

import org.junit.jupiter.api.Test;
import se.vardkedjan.casehandling.AgreementChannel;
import se.vardkedjan.casehandling.CaseStatus;
import se.vardkedjan.casehandling.GoalInput;
import se.vardkedjan.casehandling.events.CarePlanGoalsAgreed;
import se.vardkedjan.sharedkernel.CaseId;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** Which goal of the superseded revision an agreed revision's goal carries on (ADR 0030). */
class CarePlanGoalsAgreedTests {

    private static final LocalDate INTAKE = LocalDate.of(2026, 1, 10);
    private static final LocalDate PLAN_DATE = LocalDate.of(2026, 3, 1);
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 5);

    @Test
    void aGoalSetAgainWithTheSameWordsCarriesOnTheEarlierGoalAtItsNewDateAndANewOneCarriesOnNothing() {
        var first = CarePlan.draft(CaseId.random(), CaseStatus.DECIDED, INTAKE, PLAN_DATE, "hl1");
        var housing = first.setGoal(new GoalInput("Ha en egen bostad", "Hyreskontrakt", PLAN_DATE.plusMonths(1)));
        first.setGoal(new GoalInput("Gå i skolan", "Närvaro", PLAN_DATE.plusMonths(2)));
        first.agree(TODAY, AgreementChannel.MEETING, "hl1", CaseStatus.DECIDED, TODAY);
        assertThat(first.goalsAgreed(null, TODAY).goals()).extracting(CarePlanGoalsAgreed.AgreedGoal::carriesOn)
                .containsOnlyNulls();
        assertThat(first.goalsAgreed(null, TODAY).revision()).as("the event's order").isEqualTo(1);

        var revision = first.revise(CaseStatus.DECIDED, TODAY, "hl1");
        revision.goals().stream().map(Goal::id).toList().forEach(revision::removeGoal);
        var moved = revision.setGoal(new GoalInput("Ha en egen bostad", "Hyreskontrakt", PLAN_DATE.plusMonths(3)));
        var added = revision.setGoal(new GoalInput("Gå i skolan varje dag", "Närvaro", PLAN_DATE.plusMonths(2)));
        revision.agree(TODAY, AgreementChannel.MEETING, "hl1", CaseStatus.DECIDED, TODAY);

        var agreed = revision.goalsAgreed(first, TODAY);

        assertThat(agreed.supersedes()).isEqualTo(first.id());
        assertThat(agreed.revision()).as("the newer revision's event carries the higher number").isEqualTo(2);
        assertThat(agreed.goals()).containsExactly(
                new CarePlanGoalsAgreed.AgreedGoal(moved, PLAN_DATE.plusMonths(3), housing),
                new CarePlanGoalsAgreed.AgreedGoal(added, PLAN_DATE.plusMonths(2), null));
    }
}
