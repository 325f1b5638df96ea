package se.vardkedjan.casehandling;

import java.time.LocalDate;
import java.util.List;

/** A decision above a caseworker's delegation that waits for a unit manager of the case's unit. */
public record ProposalToApprove(DecisionId decisionId, CaseId caseId, long version, LocalDate proposedOn,
                                String proposedBy, List<InterventionType> types) {
}
