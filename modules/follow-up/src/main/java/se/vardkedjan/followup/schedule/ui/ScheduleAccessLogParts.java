package se.vardkedjan.followup.schedule.ui;

import org.springframework.stereotype.Component;
import se.vardkedjan.accesslog.AccessLogParts;
import se.vardkedjan.followup.FollowUps;

import java.util.Map;
import java.util.Set;

/** The parts of the file the follow-up schedule names in its access-log rows, each with its text (ADR 0021, 0030). */
@Component
class ScheduleAccessLogParts implements AccessLogParts {

    @Override
    public Map<String, String> textKeys() {
        return Map.of(
                FollowUps.SCHEDULE, "followup.schedule.access-log.what.FOLLOW_UP_SCHEDULE",
                FollowUps.DUE_LIST, "followup.schedule.access-log.what.FOLLOW_UPS_DUE",
                FollowUpSection.TAB, "followup.schedule.access-log.what.FOLLOW_UP_TAB");
    }

    /** The lists of due follow-ups (start page, "Uppföljningar att göra") are overviews of many persons. */
    @Override
    public Set<String> overviewCodes() {
        return Set.of(FollowUps.DUE_LIST);
    }
}
