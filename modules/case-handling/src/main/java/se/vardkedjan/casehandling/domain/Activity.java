package se.vardkedjan.casehandling.domain;

import se.vardkedjan.casehandling.ActivityId;
import se.vardkedjan.casehandling.ActivityPerformer;
import se.vardkedjan.sharedkernel.RuleViolation;

import java.util.Objects;

/** Who does what, and when: one activity of a care plan. */
public record Activity(ActivityId id, String what, ActivityPerformer who, String timing) {

    public Activity {
        Objects.requireNonNull(id, "activity id");
        what = FreeText.required("casehandling.plan.activity.what", what, FreeText.MEDIUM);
        if (who == null) {
            throw RuleViolation.forField("casehandling.plan.activity.who",
                    "casehandling.plan.error.performer-required");
        }
        timing = FreeText.requiredLine("casehandling.plan.activity.timing", timing, FreeText.SHORT);
    }
}
