package se.vardkedjan.providercontracts.ui;

import org.springframework.stereotype.Component;
import se.vardkedjan.providercontracts.AssignmentReports;
import se.vardkedjan.providercontracts.ReportWorkItem;
import se.vardkedjan.sharedkernel.Actor;
import se.vardkedjan.sharedkernel.Roles;
import se.vardkedjan.uikit.WorkItem;
import se.vardkedjan.uikit.WorkItemSource;

import java.util.List;

/**
 * The provider's reports on the case staff's start page (ADR 0022, ADR 0026): a discharge of the last 14 days, a
 * serious incident until a caseworker or unit manager acknowledges it on the case's Uppdrag tab, and a completion
 * report on an assignment not yet ended (end it), linked to the case's Uppdrag tab.
 */
@Component
class ReportWorkItems implements WorkItemSource {

    private final AssignmentReports reports;

    ReportWorkItems(AssignmentReports reports) {
        this.reports = reports;
    }

    @Override
    public boolean appliesTo(Actor actor) {
        return actor.hasRole(Roles.CASEWORKER) || actor.hasRole(Roles.UNIT_MANAGER);
    }

    @Override
    public List<WorkItem> workItems() {
        return reports.workItems().stream().map(ReportWorkItems::workItem).toList();
    }

    static WorkItem workItem(ReportWorkItem item) {
        var clientKey = item.protectedIdentity() ? "providercontracts.work.protected" : null;
        var path = "arenden/" + item.caseId().value() + "/uppdrag";
        return switch (item.kind()) {
            case SERIOUS_INCIDENT -> new WorkItem("providercontracts.reports.work.serious-incident", null, clientKey,
                    null, null, "providercontracts.reports.work.date.occurred", item.date(), null, path, 4);
            case DISCHARGE -> new WorkItem("providercontracts.reports.work.discharge", null, clientKey, null, null,
                    "providercontracts.reports.work.date.occurred", item.date(), null, path, 3);
            case COMPLETION -> new WorkItem("providercontracts.reports.work.completion", null, clientKey, null, null,
                    "providercontracts.reports.work.date.submitted", item.date(), null, path, 2);
        };
    }
}
