package se.vardkedjan.casehandling.events;

import se.vardkedjan.casehandling.CoordinatedPlanId;
import se.vardkedjan.sharedkernel.CaseId;

/** A SIP was created for a case, with the client's consent. Ids only. */
public record CoordinatedPlanCreated(CaseId caseId, CoordinatedPlanId coordinatedPlanId) {
}
