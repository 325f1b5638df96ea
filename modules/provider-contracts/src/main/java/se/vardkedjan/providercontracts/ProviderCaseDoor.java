package se.vardkedjan.providercontracts;

import jakarta.annotation.security.RolesAllowed;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import se.vardkedjan.accesslog.AccessKind;
import se.vardkedjan.casehandling.GoalId;
import se.vardkedjan.providercontracts.access.AssignmentAccess;
import se.vardkedjan.providercontracts.persistence.AssignmentRows;
import se.vardkedjan.sharedkernel.Actor;
import se.vardkedjan.sharedkernel.CaseId;
import se.vardkedjan.sharedkernel.Roles;

import java.util.List;

/**
 * Provider contracts' answer to another module that lets a provider's staff act on a client's case through an
 * assignment (follow-up: a questionnaire sent from the provider's assignment page, ADR 0030 amendment). This module's
 * rule decides, asked by ids: provider staff of the organisation the assignment is addressed to, the assignment
 * accepted or running, of that very case. The access-log row is written in the staff member's name (the caller's
 * {@code what}), a refusal recorded. Join the caller's transaction.
 */
@Component
@RolesAllowed(Roles.PROVIDER_STAFF)
public class ProviderCaseDoor {

    /**
     * Who was let in, through which assignment, to which case; the provider's name as the case staff read it, and the
     * care plan's goals as they were copied into the assignment when it was sent (what the provider's staff know of
     * the plan).
     */
    public record Admitted(Actor actor, AssignmentId assignmentId, CaseId caseId, String providerName,
                           List<Goal> goals) {

        public Admitted {
            goals = List.copyOf(goals);
        }
    }

    /** A goal of the care plan as copied into the assignment: the plan's goal id and its text. */
    public record Goal(GoalId id, String text) {
    }

    private final AssignmentAccess access;
    private final AssignmentRows assignments;

    ProviderCaseDoor(AssignmentAccess access, AssignmentRows assignments) {
        this.access = access;
        this.assignments = assignments;
    }

    /**
     * Lets the signed-in provider staff member into the case through the assignment, writing the row.
     *
     * @param what the caller's own code for what is read or changed (declared in its access-log parts)
     * @throws se.vardkedjan.sharedkernel.AccessDenied when the user is not provider staff, or the assignment is
     *                                                 unknown, another organisation's, not accepted or running, or of
     *                                                 another case (recorded)
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Admitted openActive(AssignmentId assignment, CaseId caseId, AccessKind kind, String what) {
        var opened = access.openActiveForProviderStaff(assignment, caseId, kind, what);
        var goals = assignments.find(opened.id()).orElseThrow().assignment().goals().stream()
                .filter(goal -> goal.goalId() != null).map(goal -> new Goal(new GoalId(goal.goalId()), goal.text()))
                .toList();
        return new Admitted(opened.actor(), opened.id(), opened.caseId(),
                assignments.providerNameOf(opened.id()).orElseThrow(), goals);
    }
}
