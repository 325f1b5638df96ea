package se.vardkedjan.followup.schedule.ui;

import se.vardkedjan.followup.DueFollowUp;
import se.vardkedjan.followup.FollowUpSource;

/** Where a follow-up is done and what it is called, for the schedule's views. */
final class ScheduleTexts {

    private ScheduleTexts() {
    }

    /** The case page's Uppföljning tab of the case, a route without a leading slash. */
    static String tab(se.vardkedjan.sharedkernel.CaseId caseId) {
        return "arenden/" + caseId.value() + "/" + FollowUpSection.PATH;
    }

    /** What the follow-up follows up, as a text key (the intervention's type where it is one). */
    static String whatKey(FollowUpSource source, se.vardkedjan.casehandling.InterventionType type) {
        return source == FollowUpSource.INTERVENTION && type != null ? type.textKey() : source.textKey();
    }

    static String whatKey(DueFollowUp due) {
        return whatKey(due.source(), due.interventionType());
    }
}
