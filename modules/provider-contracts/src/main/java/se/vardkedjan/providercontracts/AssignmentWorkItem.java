package se.vardkedjan.providercontracts;

import se.vardkedjan.sharedkernel.CaseId;

import java.time.LocalDate;

/**
 * An assignment that waits for the signed-in user: a declined one (choose another provider), one escalated to the
 * case staff, or, for provider staff, a new or reminded one of their organisation.
 *
 * @param kind       what waits
 * @param caseId     the case (for case staff; provider staff reach the assignment, not the case)
 * @param clientName the client's name for case staff; null for provider staff and for a protected person
 * @param date       when it happened (sent, declined) or fell due
 */
public record AssignmentWorkItem(Kind kind, AssignmentId assignmentId, CaseId caseId, String clientName,
                                 boolean protectedIdentity, LocalDate date) {

    public enum Kind {
        /** The provider declined: the caseworker chooses another provider. */
        DECLINED,
        /** The provider has not answered past both deadlines: the caseworker and unit manager are told. */
        UNANSWERED,
        /** For provider staff: a new assignment to answer. */
        NEW,
        /** For provider staff: the reminder, an assignment past the answer deadline. */
        REMINDER
    }
}
