package se.vardkedjan.providercontracts.events;

import se.vardkedjan.providercontracts.AssignmentId;
import se.vardkedjan.sharedkernel.CaseId;

/** The provider answered an assignment: accepted ({@code accepted}) or declined. Ids and a fact only. */
public record AssignmentAnswered(AssignmentId assignmentId, CaseId caseId, boolean accepted) {
}
