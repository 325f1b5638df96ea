package se.vardkedjan.casehandling.domain;

import se.vardkedjan.casehandling.GoalId;
import se.vardkedjan.sharedkernel.FreeText;
import se.vardkedjan.sharedkernel.RuleViolation;

import java.time.LocalDate;
import java.util.Objects;

import static se.vardkedjan.casehandling.domain.CaseFreeText.FREE_TEXT;

/**
 * A goal of a care plan, written with the client in their words, with how it will be measured and when it will be
 * followed up (after the plan's date).
 */
public record Goal(GoalId id, String text, String measuredBy, LocalDate followUpOn) {

    public Goal {
        Objects.requireNonNull(id, "goal id");
        text = FREE_TEXT.required("casehandling.plan.goal.text", text, FreeText.MEDIUM);
        measuredBy = FREE_TEXT.required("casehandling.plan.goal.measured-by", measuredBy, FreeText.MEDIUM);
        if (followUpOn == null) {
            throw new RuleViolation("casehandling.error.date-required", "casehandling.plan.goal.follow-up-on");
        }
        DateRange.check("casehandling.plan.goal.follow-up-on", followUpOn);
    }

    /** Refuses a follow-up date on or before the plan's date. */
    void checkFollowUpAfter(LocalDate planDate) {
        if (!followUpOn.isAfter(planDate)) {
            throw RuleViolation.forField("casehandling.plan.goal.follow-up-on",
                    "casehandling.plan.error.follow-up-not-after-plan-date", followUpOn, planDate);
        }
    }
}
