package se.vardkedjan.casehandling.domain;

import se.vardkedjan.casehandling.ActivityId;
import se.vardkedjan.casehandling.ActivityPerformer;
import se.vardkedjan.sharedkernel.FreeText;
import se.vardkedjan.sharedkernel.RuleViolation;

import java.util.Objects;

import static se.vardkedjan.casehandling.domain.CaseFreeText.FREE_TEXT;

/** Who does what, and when: one activity of a care plan. */
public record Activity(ActivityId id, String what, ActivityPerformer who, String timing) {

    public Activity {
        Objects.requireNonNull(id, "activity id");
        what = FREE_TEXT.required("casehandling.plan.activity.what", what, FreeText.MEDIUM);
        if (who == null) {
            throw RuleViolation.forField("casehandling.plan.activity.who",
                    "casehandling.plan.error.performer-required");
        }
        timing = FREE_TEXT.requiredLine("casehandling.plan.activity.timing", timing, FreeText.SHORT);
    }
}
