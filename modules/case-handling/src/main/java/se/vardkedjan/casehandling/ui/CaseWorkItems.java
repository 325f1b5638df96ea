package se.vardkedjan.casehandling.ui;

import se.vardkedjan.casehandling.Workday;
import se.vardkedjan.casehandling.readmodel.CaseWorkItem;
import se.vardkedjan.sharedkernel.Actor;
import se.vardkedjan.sharedkernel.Roles;
import se.vardkedjan.uikit.WorkItem;
import se.vardkedjan.uikit.WorkItemSource;

import java.util.List;

/**
 * Case handling's work on the start page (ADR 0022): the caseworker's own cases and the unit manager's proposals and
 * unassigned cases, from {@link Workday}, each linked to the tab of the case page where it is done.
 */
@org.springframework.stereotype.Component
class CaseWorkItems implements WorkItemSource {

    private final Workday workday;

    CaseWorkItems(Workday workday) {
        this.workday = workday;
    }

    @Override
    public boolean appliesTo(Actor actor) {
        return actor.hasRole(Roles.CASEWORKER) || actor.hasRole(Roles.UNIT_MANAGER);
    }

    @Override
    public List<WorkItem> workItems() {
        return workday.workItems().stream().map(CaseWorkItems::workItem).toList();
    }

    /** The start page's item for one piece of case work. */
    static WorkItem workItem(CaseWorkItem item) {
        var clientKey = item.personName() == null ? "casehandling.staff.protected" : null;
        var caseUrl = "arenden/" + item.caseId().value();
        return switch (item.kind()) {
            case INVESTIGATION_DEADLINE -> new WorkItem("casehandling.work.kind.investigation-deadline",
                    item.personName(), clientKey, null, null, "casehandling.work.date.deadline", item.date(),
                    item.due(), caseUrl + "/utredning", 3);
            case DECISION_DEMANDABLE -> new WorkItem("casehandling.work.kind.decision-demandable", item.personName(),
                    clientKey, null, null, "casehandling.work.date.demandable", item.date(), item.due(),
                    caseUrl + "/utredning", 3);
            case DECISION_TO_WRITE -> new WorkItem("casehandling.work.kind.decision-to-write", item.personName(),
                    clientKey, null, null, "casehandling.work.date.investigation-completed", item.date(), item.due(),
                    caseUrl + "/beslut", 2);
            case PROPOSAL_RETURNED -> new WorkItem("casehandling.work.kind.proposal-returned", item.personName(),
                    clientKey, null, null, "casehandling.work.date.proposed", item.date(), item.due(),
                    caseUrl + "/beslut", 2);
            case PLAN_WITHOUT_AGREED_GOALS -> new WorkItem("casehandling.work.kind.plan-without-goals",
                    item.personName(), clientKey, null, null, "casehandling.work.date.decided", item.date(),
                    item.due(), caseUrl + "/plan", 1);
            case UNSIGNED_DRAFT -> new WorkItem("casehandling.work.kind.unsigned-draft", item.personName(), clientKey,
                    item.text(), null, "casehandling.work.date.draft", item.date(), item.due(),
                    caseUrl + "/journal", 1);
            // Every proposed intervention, in the proposal's order ("Boende och Öppenvård").
            case PROPOSAL_TO_APPROVE -> WorkItem.withDetailKeys("casehandling.work.kind.proposal-to-approve",
                    item.personName(), clientKey, item.types().stream().map(type -> type.textKey()).toList(),
                    "casehandling.work.date.waiting", item.date(), item.due(), caseUrl + "/beslut", 2);
            // A protected person's case the manager is not named on: the deciding role's work list staffs it.
            case UNASSIGNED_CASE -> new WorkItem("casehandling.work.kind.unassigned", item.personName(), clientKey,
                    null, null, "casehandling.work.date.received", item.date(), item.due(),
                    item.personName() == null ? "skyddade-arenden" : caseUrl, 1);
            // The client's own application from the portal, to the unit's caseworkers until one takes it.
            case PORTAL_APPLICATION -> new WorkItem("casehandling.work.kind.portal-application", item.personName(),
                    clientKey, null, null, "casehandling.work.date.received", item.date(), item.due(),
                    item.personName() == null ? "skyddade-arenden" : caseUrl, 2);
            case UNREAD_CLIENT_MESSAGE -> new WorkItem("casehandling.work.kind.unread-message", item.personName(),
                    clientKey, null, null, "casehandling.work.date.written", item.date(), item.due(),
                    caseUrl + "/meddelanden", 2);
            // Until the responsible caseworker opens the SIP (CoordinatedPlans.plan records that look).
            case SIP_CONSENT_WITHDRAWN_BY_CLIENT -> new WorkItem("casehandling.work.kind.sip-consent-withdrawn",
                    item.personName(), clientKey, null, null, "casehandling.work.date.consent-withdrawn", item.date(),
                    null, caseUrl + "/sip", 2);
        };
    }
}
