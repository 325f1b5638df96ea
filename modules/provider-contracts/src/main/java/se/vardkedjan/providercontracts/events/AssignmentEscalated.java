package se.vardkedjan.providercontracts.events;

import se.vardkedjan.providercontracts.AssignmentId;
import se.vardkedjan.sharedkernel.CaseId;

/**
 * An unanswered assignment reached an escalation step ({@code level} 1: the provider reminded; 2: the caseworker and
 * the unit manager told). Published once per step, by the node that recorded it. Ids only.
 */
public record AssignmentEscalated(AssignmentId assignmentId, CaseId caseId, int level) {
}
