package se.vardkedjan.casehandling.events;

import se.vardkedjan.casehandling.CoordinatedPlanId;
import se.vardkedjan.sharedkernel.CaseId;

import java.time.LocalDate;

/** The client withdrew consent to a SIP: it is closed for changes and the region's read access has ended. */
public record ConsentWithdrawn(CaseId caseId, CoordinatedPlanId coordinatedPlanId, LocalDate withdrawnOn) {
}
