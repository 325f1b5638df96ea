package se.vardkedjan.casehandling.events;

import se.vardkedjan.casehandling.CarePlanId;
import se.vardkedjan.casehandling.GoalId;
import se.vardkedjan.sharedkernel.CaseId;

import java.time.LocalDate;

/** A goal of an agreed care plan, to be followed up on the given date. Published once per goal when the plan is agreed. */
public record GoalSet(CaseId caseId, CarePlanId carePlanId, GoalId goalId, LocalDate followUpOn) {
}
