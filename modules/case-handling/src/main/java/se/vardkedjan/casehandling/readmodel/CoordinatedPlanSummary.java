package se.vardkedjan.casehandling.readmodel;

import se.vardkedjan.casehandling.CoordinatedPlanId;
import se.vardkedjan.casehandling.CoordinatedPlanStatus;
import se.vardkedjan.sharedkernel.CaseId;

import java.time.LocalDate;

/**
 * A SIP in a list. {@code clientName} is null for a client with a protected identity; {@code unitName} is the name of
 * the municipality's unit whose case the plan belongs to (its code when the organisation register has no name).
 */
public record CoordinatedPlanSummary(CoordinatedPlanId id, CaseId caseId, String clientName,
                                     CoordinatedPlanStatus status, LocalDate planDate, LocalDate followUpOn,
                                     String unitName) {
}
