package se.vardkedjan.followup;

import se.vardkedjan.casehandling.InterventionType;
import se.vardkedjan.sharedkernel.CaseId;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A follow-up due on one of a caseworker's cases, for their lists.
 *
 * @param clientName the client's name, or null for a protected person (show the protected marker)
 * @param overdue    its date is before today
 */
public record DueFollowUp(UUID id, CaseId caseId, String clientName, boolean protectedIdentity,
                          FollowUpSource source, InterventionType interventionType, LocalDate dueOn,
                          boolean overdue) {

    /** One page of a list of due follow-ups and how many there are in all. */
    public record Page(List<DueFollowUp> items, int total) {
    }
}
