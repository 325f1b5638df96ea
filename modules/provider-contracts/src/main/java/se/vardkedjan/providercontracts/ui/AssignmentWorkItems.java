package se.vardkedjan.providercontracts.ui;

import org.springframework.stereotype.Component;
import se.vardkedjan.providercontracts.AssignmentWorkItem;
import se.vardkedjan.providercontracts.Assignments;
import se.vardkedjan.sharedkernel.Actor;
import se.vardkedjan.sharedkernel.Roles;
import se.vardkedjan.uikit.WorkItem;
import se.vardkedjan.uikit.WorkItemSource;

import java.util.List;

/**
 * Assignments on the start pages (ADR 0022): a declined assignment and one the provider has not answered past both
 * deadlines, for the case's staff (linked to the case's Uppdrag tab); a new or reminded assignment for the provider's
 * staff on /utforare.
 */
@Component
class AssignmentWorkItems implements WorkItemSource {

    private final Assignments assignments;

    AssignmentWorkItems(Assignments assignments) {
        this.assignments = assignments;
    }

    @Override
    public boolean appliesTo(Actor actor) {
        return actor.hasRole(Roles.CASEWORKER) || actor.hasRole(Roles.UNIT_MANAGER)
                || actor.hasRole(Roles.PROVIDER_STAFF);
    }

    @Override
    public List<WorkItem> workItems() {
        return assignments.workItems().stream().map(AssignmentWorkItems::workItem).toList();
    }

    static WorkItem workItem(AssignmentWorkItem item) {
        var clientKey = item.protectedIdentity() ? "providercontracts.work.protected" : null;
        return switch (item.kind()) {
            case DECLINED -> new WorkItem("providercontracts.work.kind.declined", null, clientKey, null, null,
                    "providercontracts.work.date.sent", item.date(), null,
                    "arenden/" + item.caseId().value() + "/uppdrag", 3);
            case UNANSWERED -> new WorkItem("providercontracts.work.kind.unanswered", null, clientKey, null, null,
                    "providercontracts.work.date.sent", item.date(), item.date(),
                    "arenden/" + item.caseId().value() + "/uppdrag", 2);
            case NEW -> new WorkItem("providercontracts.work.kind.new", null, null, null, null,
                    "providercontracts.work.date.sent", item.date(), null,
                    ProviderAssignmentView.address(item.assignmentId()), 2);
            case REMINDER -> new WorkItem("providercontracts.work.kind.reminder", null, null, null, null,
                    "providercontracts.work.date.sent", item.date(), item.date(), ProviderAssignmentView.address(item.assignmentId()),
                    3);
        };
    }
}
