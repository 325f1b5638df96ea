package se.vardkedjan.providercontracts.events;

import se.vardkedjan.providercontracts.AssignmentId;
import se.vardkedjan.providercontracts.ProviderId;
import se.vardkedjan.sharedkernel.CaseId;

/** An assignment was sent to its provider. Ids only. */
public record AssignmentSent(AssignmentId assignmentId, CaseId caseId, ProviderId providerId) {
}
