package se.vardkedjan.casehandling.readmodel;

import se.vardkedjan.casehandling.DecisionId;
import se.vardkedjan.casehandling.InterventionType;
import se.vardkedjan.sharedkernel.CaseId;

import java.time.LocalDate;
import java.util.List;

/**
 * A decision above a caseworker's delegation that waits for a unit manager of the case's unit.
 *
 * @param proposedBy     the proposing caseworker's username
 * @param proposedByName their name in the organisation register, or the username when the register has none
 */
public record ProposalToApprove(DecisionId decisionId, CaseId caseId, long version, LocalDate proposedOn,
                                String proposedBy, String proposedByName, List<InterventionType> types) {
}
