package se.vardkedjan.providercontracts;

import se.vardkedjan.sharedkernel.CaseId;

/** An assignment was sent to its provider. Ids only. */
public record AssignmentSent(AssignmentId assignmentId, CaseId caseId, ProviderId providerId) {
}
