package se.vardkedjan.casehandling.events;

import se.vardkedjan.casehandling.CarePlanId;
import se.vardkedjan.casehandling.GoalId;
import se.vardkedjan.sharedkernel.CaseId;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The goals of an agreed care plan revision, all in one event, with the goal of the superseded revision each one
 * carries on. A revision copies the goals with new ids, and a goal's date is moved by removing it and setting it again
 * in the draft, so {@link GoalSet} alone cannot say that a goal moved rather than ended; follow-up needs that to move
 * a scheduled follow-up instead of cancelling it and scheduling another (ADR 0030). A goal carries on a goal of the
 * superseded revision when its text and how it is measured are the same (each earlier goal carried on once, in the
 * plan's order); a superseded goal that nothing carries on is gone. Published with {@link CarePlanAgreed} and the
 * {@link GoalSet}s, in the same transaction. Ids, numbers and dates only: the goals' texts stay behind the facade.
 * <p>
 * The event carries its order: the revision's number, which grows by one with each revision of the case's plan, and
 * a revision is agreed only after the one it revises (ADR 0033). A listener that gets it late, after a newer
 * revision's event (a publication resubmitted after a node died), sees that it is older and ignores it.
 *
 * @param revision   the agreed revision's number in the case's plan (1 for the first plan); null only in a publication
 *                   stored before the number was added (December 2026), which is older than every one that has it
 * @param supersedes the revision this one supersedes, or null for the case's first agreed plan
 * @param goals      every goal of the agreed revision, in the plan's order
 */
public record CarePlanGoalsAgreed(CaseId caseId, CarePlanId carePlanId, Integer revision, CarePlanId supersedes,
                                  LocalDate agreedOn, List<AgreedGoal> goals) {

    public CarePlanGoalsAgreed {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(carePlanId, "carePlanId");
        goals = List.copyOf(goals);
    }

    /**
     * One goal of the agreed revision.
     *
     * @param carriesOn the superseded revision's goal this one carries on (perhaps with another date), or null
     */
    public record AgreedGoal(GoalId goalId, LocalDate followUpOn, GoalId carriesOn) {
    }
}
