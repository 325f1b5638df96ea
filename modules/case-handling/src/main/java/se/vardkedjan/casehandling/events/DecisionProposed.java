package se.vardkedjan.casehandling.events;

import se.vardkedjan.casehandling.DecisionId;
import se.vardkedjan.sharedkernel.CaseId;

import java.time.LocalDate;

/** A decision above the caseworker's delegation went to the unit manager for approval. Ids and dates only. */
public record DecisionProposed(CaseId caseId, DecisionId decisionId, LocalDate proposedOn) {
}
