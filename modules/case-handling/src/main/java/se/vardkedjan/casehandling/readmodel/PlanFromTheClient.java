package se.vardkedjan.casehandling.readmodel;

import se.vardkedjan.casehandling.GoalId;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What the client added to one revision of their care plan in the portal (ADR 0028): comments on its goals, oldest
 * first, and agreements to it, newest first. An agreement given to content the plan no longer has (a goal or activity
 * changed since) says so: {@code toThisVersion} is false.
 */
public record PlanFromTheClient(List<GoalComment> comments, List<ClientAgreement> agreements) {

    public PlanFromTheClient {
        comments = List.copyOf(comments);
        agreements = List.copyOf(agreements);
    }

    /**
     * A comment on a goal, with the goal's text as it read when commented on.
     *
     * @param goalText the goal as the client read it (the goal may have changed or gone since, in a draft)
     */
    public record GoalComment(GoalId goal, String goalText, String text, Instant writtenAt) {
    }

    /** The client's agreement to the plan, given in the portal at {@code agreedAt}. */
    public record ClientAgreement(Instant agreedAt, boolean toThisVersion) {
    }

    /** The client's latest agreement, if any. */
    public Optional<ClientAgreement> latestAgreement() {
        return agreements.stream().findFirst();
    }

    /** Whether the client agreed to the plan as it reads now. */
    public boolean agreedToThisVersion() {
        return agreements.stream().anyMatch(ClientAgreement::toThisVersion);
    }

    /** The comments on one goal, oldest first. */
    public List<GoalComment> on(GoalId goal) {
        return comments.stream().filter(c -> c.goal().equals(goal)).toList();
    }
}
