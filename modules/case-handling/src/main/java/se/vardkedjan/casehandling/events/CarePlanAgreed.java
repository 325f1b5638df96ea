package se.vardkedjan.casehandling.events;

import se.vardkedjan.casehandling.CarePlanId;
import se.vardkedjan.sharedkernel.CaseId;

import java.time.LocalDate;

/**
 * The client agreed to a care plan revision; it is now in force (and supersedes the previous revision, if any).
 * Ids and dates only: the goals' texts are the client's words and stay behind the facade.
 *
 * @param firstFollowUpOn the earliest follow-up date of the plan's goals
 */
public record CarePlanAgreed(CaseId caseId, CarePlanId carePlanId, LocalDate agreedOn, LocalDate firstFollowUpOn) {
}
