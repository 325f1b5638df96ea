package se.vardkedjan.casehandling;

/** A SIP was created for a case, with the client's consent. Ids only. */
public record CoordinatedPlanCreated(CaseId caseId, CoordinatedPlanId coordinatedPlanId) {
}
