package se.vardkedjan.casehandling.events;

import se.vardkedjan.casehandling.ClosureReason;
import se.vardkedjan.casehandling.DecisionId;
import se.vardkedjan.casehandling.InterventionId;
import se.vardkedjan.casehandling.InterventionType;
import se.vardkedjan.sharedkernel.CaseId;

import java.time.LocalDate;

/** A granted intervention ended (avslut) with a reason. Ids and plain facts only; the outcome text stays in the case. */
public record InterventionClosed(CaseId caseId, DecisionId decisionId, InterventionId interventionId,
                                 InterventionType type, LocalDate closedOn, ClosureReason reason) {
}
