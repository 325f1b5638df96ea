package se.vardkedjan.providercontracts;

import java.util.List;

/**
 * The completion report (slutrapport) of an assignment: for each goal of the assignment, in its order, whether it was
 * reached (with an optional comment); a summary; and the client's view.
 */
public record CompletionInput(List<GoalResult> goals, String summary, String clientsView) {

    /** One goal's outcome; {@code position} is the goal's place in the assignment's goals, from 0. */
    public record GoalResult(int position, GoalOutcome outcome, String comment) {
    }
}
