package se.vardkedjan.providercontracts;

import java.time.Instant;
import java.util.List;

/**
 * An assignment's implementation plan as the provider and the case's staff read it.
 *
 * @param version         pass back with a change (0 while no plan exists; a stale one is refused)
 * @param assignmentGoals the assignment's goals as sent (from the care plan), which the plan works towards
 * @param draft           the draft being written, or null when none is open
 * @param established     the established versions, oldest first; the last is the plan in force
 */
public record ImplementationPlanView(AssignmentId assignmentId, AssignmentStatus assignmentStatus, long version,
                                     List<String> assignmentGoals, ImplementationPlanContent draft,
                                     List<Established> established) {

    public ImplementationPlanView {
        assignmentGoals = List.copyOf(assignmentGoals);
        established = List.copyOf(established);
    }

    /** An established (fastställd) version: never changed. */
    public record Established(int number, ImplementationPlanContent content, Instant establishedAt,
                              String establishedBy, String establishedByName) {
    }
}
