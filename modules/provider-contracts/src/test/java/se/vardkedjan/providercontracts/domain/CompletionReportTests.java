package se.vardkedjan.providercontracts.domain;

import org.junit.jupiter.api.Test;
import se.vardkedjan.providercontracts.AssignmentStatus;
import se.vardkedjan.providercontracts.CompletionInput;
import se.vardkedjan.providercontracts.CompletionInput.GoalResult;
import se.vardkedjan.providercontracts.DeviationInput;
import se.vardkedjan.providercontracts.DeviationKind;
import se.vardkedjan.providercontracts.GoalOutcome;
import se.vardkedjan.sharedkernel.RuleViolation;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CompletionReportTests {

    private static final List<String> GOALS = List.of("Minskat drickande", "Eget boende");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

    private static void refused(Runnable check, String key) {
        assertThatThrownBy(check::run).isInstanceOfSatisfying(RuleViolation.class,
                violation -> assertThat(violation.messageKey()).isEqualTo(key));
    }

    @Test
    void everyGoalGetsItsOutcomeWithASummaryAndTheClientsView() {
        var report = CompletionReport.check(AssignmentStatus.RUNNING, false, GOALS, new CompletionInput(List.of(
                new GoalResult(0, GoalOutcome.REACHED, null), new GoalResult(1, GoalOutcome.PARTLY, "Kö till bostad.")),
                "Gick bra.", "Nöjd."));
        assertThat(report.goals()).extracting(CompletionReport.Goal::text).containsExactlyElementsOf(GOALS);
        assertThat(report.goals()).extracting(CompletionReport.Goal::outcome)
                .containsExactly(GoalOutcome.REACHED, GoalOutcome.PARTLY);
    }

    @Test
    void aMissingOrUnknownGoalASecondReportAndAnAssignmentNotStartedAreRefused() {
        var one = List.of(new GoalResult(0, GoalOutcome.REACHED, null));
        refused(() -> CompletionReport.check(AssignmentStatus.RUNNING, false, GOALS,
                new CompletionInput(one, "S", "V")), "providercontracts.reports.error.goal-outcome-missing");
        refused(() -> CompletionReport.check(AssignmentStatus.RUNNING, false, List.of("Ett"), new CompletionInput(
                List.of(new GoalResult(0, GoalOutcome.REACHED, null), new GoalResult(5, GoalOutcome.REACHED, null)),
                "S", "V")), "providercontracts.reports.error.goal-unknown");
        refused(() -> CompletionReport.check(AssignmentStatus.RUNNING, true, List.of(), new CompletionInput(
                List.of(), "S", "V")), "providercontracts.reports.error.completion-submitted");
        refused(() -> CompletionReport.check(AssignmentStatus.ACCEPTED, false, List.of(), new CompletionInput(
                List.of(), "S", "V")), "providercontracts.reports.error.not-running");
        refused(() -> CompletionReport.check(AssignmentStatus.RUNNING, false, List.of(), new CompletionInput(
                List.of(), "x".repeat(4_001), "V")), "providercontracts.error.text-too-long");
        refused(() -> CompletionReport.check(AssignmentStatus.RUNNING, false, List.of(), new CompletionInput(
                List.of(), "S", " ")), "providercontracts.error.text-required");
    }

    @Test
    void aDeviationIsNotInTheFutureNotBeforeTheStartAndHasADescription() {
        var start = TODAY.minusDays(10);
        assertThat(DeviationReport.check(AssignmentStatus.RUNNING, start, new DeviationInput(
                DeviationKind.SERIOUS_INCIDENT, TODAY, "Hot mot personal.", "Polis kontaktad."), TODAY).kind())
                .isEqualTo(DeviationKind.SERIOUS_INCIDENT);
        refused(() -> DeviationReport.check(AssignmentStatus.RUNNING, start, new DeviationInput(
                DeviationKind.ABSENCE, TODAY.plusDays(1), "Borta.", null), TODAY),
                "providercontracts.reports.error.in-the-future");
        refused(() -> DeviationReport.check(AssignmentStatus.RUNNING, start, new DeviationInput(
                DeviationKind.ABSENCE, start.minusDays(1), "Borta.", null), TODAY),
                "providercontracts.reports.error.deviation-before-start");
        refused(() -> DeviationReport.check(AssignmentStatus.RUNNING, start, new DeviationInput(
                DeviationKind.RELAPSE, TODAY, "x".repeat(4_001), null), TODAY), "providercontracts.error.text-too-long");
        refused(() -> DeviationReport.check(AssignmentStatus.SENT, start, new DeviationInput(
                DeviationKind.RELAPSE, TODAY, "Återfall.", null), TODAY),
                "providercontracts.reports.error.not-accepted");
    }
}
