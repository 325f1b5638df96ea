package se.vardkedjan.casehandling.readmodel;

import se.vardkedjan.casehandling.CarePlanId;
import se.vardkedjan.casehandling.CarePlanStatus;

import java.time.LocalDate;
import java.util.List;

/**
 * The client's current care plan as the portal shows it to them (ADR 0028): the newest revision of their case's plan
 * (a draft being written with them, or the plan in force), its goals in order, who does what and when, and what the
 * client added to it.
 *
 * @param version     the version the client read; agreeing names it, so that a plan changed meanwhile is not agreed
 *                    to unseen
 * @param agreedOn    when the agreement was recorded by the caseworker (the plan is in force since), or null
 * @param nextFollowUp the earliest goal follow-up date from today on, or null
 */
public record OwnPlan(CarePlanId id, long version, int revision, CarePlanStatus status, LocalDate planDate,
                      LocalDate agreedOn, List<CarePlanDetails.Goal> goals, List<CarePlanDetails.Activity> activities,
                      LocalDate nextFollowUp, PlanFromTheClient fromTheClient) {

    public OwnPlan {
        goals = List.copyOf(goals);
        activities = List.copyOf(activities);
    }
}
