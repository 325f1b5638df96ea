package se.vardkedjan.casehandling.readmodel;

import se.vardkedjan.casehandling.CarePlanId;
import se.vardkedjan.casehandling.GoalId;
import se.vardkedjan.sharedkernel.CaseId;

import java.time.LocalDate;

/** A goal of an agreed care plan whose follow-up is due: a reminder on the staff start page. */
public record DueFollowUp(CaseId caseId, CarePlanId carePlanId, GoalId goalId, LocalDate followUpOn, String goalText) {
}
