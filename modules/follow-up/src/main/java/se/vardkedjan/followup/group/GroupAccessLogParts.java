package se.vardkedjan.followup.group;

import se.vardkedjan.followup.GroupFollowUp;
import org.springframework.stereotype.Component;
import se.vardkedjan.accesslog.AccessLogParts;

import java.util.Map;
import java.util.Set;

/** The part of the file group follow-up names in access-log rows: the unit manager's drill-down (ADR 0021, 0031). */
@Component
class GroupAccessLogParts implements AccessLogParts {

    @Override
    public Map<String, String> textKeys() {
        return Map.of(GroupFollowUp.DRILL_DOWN, "followup.group.access-log.what.GROUP_FOLLOW_UP_CASES");
    }

    /** The drill-down lists many persons' cases that lack a documentation flag: an overview, not one file opened. */
    @Override
    public Set<String> overviewCodes() {
        return Set.of(GroupFollowUp.DRILL_DOWN);
    }
}
