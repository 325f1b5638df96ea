package se.vardkedjan.casehandling.events;

import se.vardkedjan.casehandling.DecisionId;
import se.vardkedjan.casehandling.InterventionId;
import se.vardkedjan.casehandling.InterventionType;
import se.vardkedjan.sharedkernel.CaseId;

import java.time.LocalDate;

/**
 * An intervention was granted (fully or partly), or help given as a service without decision was recorded. Provider
 * contracts and follow-up react to it and ask the facade for anything more. Ids and plain facts only.
 */
public record InterventionGranted(CaseId caseId, DecisionId decisionId, InterventionId interventionId,
                                  InterventionType type, LocalDate startsOn) {
}
