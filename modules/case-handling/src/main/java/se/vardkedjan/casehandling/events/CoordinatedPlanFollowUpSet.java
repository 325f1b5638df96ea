package se.vardkedjan.casehandling.events;

import se.vardkedjan.casehandling.CoordinatedPlanId;
import se.vardkedjan.sharedkernel.CaseId;

import java.time.LocalDate;

/** A SIP's follow-up date was set or moved. */
public record CoordinatedPlanFollowUpSet(CaseId caseId, CoordinatedPlanId coordinatedPlanId, LocalDate followUpOn) {
}
