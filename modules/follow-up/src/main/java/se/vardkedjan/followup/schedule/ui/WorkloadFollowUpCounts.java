package se.vardkedjan.followup.schedule.ui;

import org.springframework.stereotype.Component;
import se.vardkedjan.casehandling.WorkloadFollowUps;
import se.vardkedjan.followup.CaseworkerFollowUps;
import se.vardkedjan.followup.FollowUps;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The follow-ups column of the unit manager's workload on the start page (case handling's extension point): per
 * caseworker the scheduled follow-ups overdue or due within {@link FollowUps#DUE_WITHIN_DAYS} days, as follow-up's
 * own page of due follow-ups counts them (ADR 0030), linked to that page. Read through {@link FollowUps}, which
 * refuses (and records) anyone but a unit manager.
 */
@Component
class WorkloadFollowUpCounts implements WorkloadFollowUps {

    private final FollowUps followUps;

    WorkloadFollowUpCounts(FollowUps followUps) {
        this.followUps = followUps;
    }

    @Override
    public Map<String, Integer> dueOrOverdue() {
        var counts = new LinkedHashMap<String, Integer>();
        for (CaseworkerFollowUps each : followUps.perCaseworker()) {
            counts.put(each.username(), each.overdue() + each.dueSoon());
        }
        return counts;
    }

    @Override
    public String link() {
        return "uppfoljningar";
    }
}
