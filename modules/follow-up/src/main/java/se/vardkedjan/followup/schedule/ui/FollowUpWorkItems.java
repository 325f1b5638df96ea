package se.vardkedjan.followup.schedule.ui;

import org.springframework.stereotype.Component;
import se.vardkedjan.followup.DueFollowUp;
import se.vardkedjan.followup.FollowUps;
import se.vardkedjan.sharedkernel.Actor;
import se.vardkedjan.sharedkernel.Roles;
import se.vardkedjan.uikit.WorkItem;
import se.vardkedjan.uikit.WorkItemSource;

import java.util.List;

/**
 * The follow-ups due on the user's own cases on the start page (ADR 0022, 0030): within
 * {@value FollowUps#DUE_WITHIN_DAYS} days or overdue, each linked to the case's Uppföljning tab. An overdue one says so
 * in words ("Försenad") besides falling in the start page's late group.
 */
@Component
class FollowUpWorkItems implements WorkItemSource {

    static final int LIMIT = 100;

    private final FollowUps followUps;

    FollowUpWorkItems(FollowUps followUps) {
        this.followUps = followUps;
    }

    @Override
    public boolean appliesTo(Actor actor) {
        return actor.hasRole(Roles.CASEWORKER) || actor.hasRole(Roles.UNIT_MANAGER);
    }

    @Override
    public List<WorkItem> workItems() {
        return followUps.mine(0, LIMIT).items().stream().map(FollowUpWorkItems::workItem).toList();
    }

    static WorkItem workItem(DueFollowUp due) {
        return new WorkItem(due.overdue() ? "followup.schedule.work.kind.overdue" : "followup.schedule.work.kind.due",
                due.clientName(), due.protectedIdentity() ? "followup.schedule.protected" : null, null,
                ScheduleTexts.whatKey(due), "followup.schedule.work.date.due", due.dueOn(), due.dueOn(),
                ScheduleTexts.tab(due.caseId()), due.overdue() ? 3 : 1);
    }
}
