package se.vardkedjan.followup;

import se.vardkedjan.casehandling.readmodel.CarePlanDetails;
import se.vardkedjan.followup.instrument.domain.InstrumentDefinition;

import java.util.List;

/**
 * What the caseworker needs to record a follow-up on a case (ADR 0030, amendment).
 *
 * @param due          the case's scheduled follow-ups still due (overdue ones included), by due date
 * @param goals        the goals of the care plan in force (empty when none is agreed)
 * @param instruments  the instruments the staff may answer with the client now (goal attainment apart)
 * @param goalAttainment the goal-attainment instrument's current version (its items per goal), or null when off
 * @param latestReport the provider's latest report on the case's assignments, or null when there is none
 */
public record FollowUpForm(List<ScheduledFollowUp> due, List<CarePlanDetails.Goal> goals,
                           InstrumentDefinition goalAttainment, List<InstrumentDefinition> instruments,
                           ProviderReport latestReport) {

    public FollowUpForm {
        due = List.copyOf(due);
        goals = List.copyOf(goals);
        instruments = List.copyOf(instruments);
    }
}
