package se.vardkedjan.casehandling.events;

import se.vardkedjan.casehandling.DecisionId;
import se.vardkedjan.sharedkernel.CaseId;

import java.time.LocalDate;

/** A decision is in force (decided within delegation, or approved by the unit manager). Ids and dates only. */
public record DecisionMade(CaseId caseId, DecisionId decisionId, LocalDate decidedOn) {
}
