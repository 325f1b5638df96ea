package se.vardkedjan.followup;

import se.vardkedjan.casehandling.InterventionType;
import se.vardkedjan.sharedkernel.CaseId;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A follow-up scheduled on a case (ADR 0030): what it follows up, when it is due, and whether it is done or cancelled.
 *
 * @param interventionType the intervention's type for {@link FollowUpSource#INTERVENTION}, else null
 * @param overdue          due and its date before today (the clock's, in Sweden)
 */
public record ScheduledFollowUp(UUID id, CaseId caseId, FollowUpSource source, InterventionType interventionType,
                                LocalDate dueOn, FollowUpStatus status, CancelReason cancelReason,
                                LocalDate cancelledOn, LocalDate doneOn, boolean overdue) {
}
