package se.vardkedjan.providercontracts.domain;

import se.vardkedjan.providercontracts.AssignmentStatus;
import se.vardkedjan.providercontracts.CompletionInput;
import se.vardkedjan.providercontracts.GoalOutcome;
import se.vardkedjan.sharedkernel.RuleViolation;

import java.util.ArrayList;
import java.util.List;

/**
 * The completion report (slutrapport) as the rules allow it (ADR 0026): on a running or ended assignment, once; an
 * outcome for every goal the assignment was sent with, and none for a goal it does not have; a summary and the
 * client's view (required, each at most {@link ProviderText#MEDIUM} characters).
 */
public record CompletionReport(List<Goal> goals, String summary, String clientsView) {

    public static final String GOALS = "providercontracts.reports.completion.goals";
    public static final String SUMMARY = "providercontracts.reports.completion.summary";
    public static final String CLIENTS_VIEW = "providercontracts.reports.completion.clients-view";
    public static final String COMMENT = "providercontracts.reports.completion.comment";

    public record Goal(int position, String text, GoalOutcome outcome, String comment) {
    }

    public static CompletionReport check(AssignmentStatus status, boolean alreadySubmitted, List<String> goalTexts,
                                         CompletionInput input) {
        if (alreadySubmitted) {
            throw new RuleViolation("providercontracts.reports.error.completion-submitted");
        }
        if (status != AssignmentStatus.RUNNING && status != AssignmentStatus.ENDED) {
            throw new RuleViolation("providercontracts.reports.error.not-running");
        }
        var given = input.goals() == null ? List.<CompletionInput.GoalResult>of() : input.goals();
        var goals = new ArrayList<Goal>();
        for (var position = 0; position < goalTexts.size(); position++) {
            var p = position;
            var result = given.stream().filter(g -> g != null && g.position() == p).toList();
            if (result.size() != 1 || result.getFirst().outcome() == null) {
                throw RuleViolation.forField(GOALS, "providercontracts.reports.error.goal-outcome-missing",
                        position + 1);
            }
            goals.add(new Goal(position, goalTexts.get(position), result.getFirst().outcome(),
                    ProviderText.optional(COMMENT, result.getFirst().comment(), ProviderText.MEDIUM)));
        }
        if (given.size() != goalTexts.size()) {
            throw RuleViolation.forField(GOALS, "providercontracts.reports.error.goal-unknown");
        }
        return new CompletionReport(List.copyOf(goals),
                ProviderText.required(SUMMARY, input.summary(), ProviderText.MEDIUM),
                ProviderText.required(CLIENTS_VIEW, input.clientsView(), ProviderText.MEDIUM));
    }
}
