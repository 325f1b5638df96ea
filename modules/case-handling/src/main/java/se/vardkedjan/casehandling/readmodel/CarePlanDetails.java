package se.vardkedjan.casehandling.readmodel;

import se.vardkedjan.casehandling.ActivityId;
import se.vardkedjan.casehandling.ActivityPerformer;
import se.vardkedjan.casehandling.AgreementChannel;
import se.vardkedjan.casehandling.CarePlanId;
import se.vardkedjan.casehandling.CarePlanStatus;
import se.vardkedjan.casehandling.GoalId;
import se.vardkedjan.sharedkernel.CaseId;

import java.time.LocalDate;
import java.util.List;

/**
 * One revision of a case's care plan, as the case page shows it.
 *
 * @param version     for optimistic locking: pass it back when changing the draft
 * @param revision    1 for the first plan, 2 for its first revision, ...
 * @param revises     the revision this one replaces, or null for the first plan
 * @param createdBy   the username of who drew up the revision; {@code createdByName} is their name in the
 *                    organisation register, or the username when the register has none
 * @param response    the client's recorded view (agreement or stated disagreement), or null
 * @param supersededBy the revision that replaced this one, or null
 */
public record CarePlanDetails(CarePlanId id, CaseId caseId, long version, int revision, CarePlanId revises,
                              CarePlanStatus status, LocalDate planDate, String createdBy, String createdByName,
                              List<Goal> goals, List<Activity> activities, ClientResponse response,
                              CarePlanId supersededBy) {

    public CarePlanDetails {
        goals = List.copyOf(goals);
        activities = List.copyOf(activities);
    }

    public record Goal(GoalId id, String text, String measuredBy, LocalDate followUpOn) {
    }

    public record Activity(ActivityId id, String what, ActivityPerformer who, String timing) {
    }

    /**
     * The client's view of the plan: agreement, or disagreement in their own words.
     *
     * @param clientsWords   the client's own words (required when they disagree)
     * @param recordedBy     the username of who recorded it
     * @param recordedByName their name in the organisation register, or the username when the register has none
     */
    public record ClientResponse(LocalDate on, AgreementChannel channel, boolean agrees, String clientsWords,
                                 String recordedBy, String recordedByName) {
    }
}
