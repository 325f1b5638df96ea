package se.vardkedjan.casehandling.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import se.vardkedjan.casehandling.Workday;
import se.vardkedjan.casehandling.WorkloadFollowUps;
import se.vardkedjan.casehandling.readmodel.CaseworkerWorkload;
import se.vardkedjan.sharedkernel.Actor;
import se.vardkedjan.sharedkernel.Roles;
import se.vardkedjan.uikit.StartPagePanel;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The unit manager's workload per caseworker on the start page (ADR 0022): open cases, overdue investigations and
 * unsigned drafts, each number a link to the case list filtered to exactly those cases, and the follow-ups due or
 * overdue from the follow-up schedule (ADR 0030) through {@link WorkloadFollowUps}, linked to its own page; case
 * handling no longer counts plan goals' dates as follow-ups here.
 */
@org.springframework.stereotype.Component
class WorkloadPanel implements StartPagePanel {

    private final Workday workday;
    private final List<WorkloadFollowUps> followUps;

    WorkloadPanel(Workday workday, List<WorkloadFollowUps> followUps) {
        this.workday = workday;
        this.followUps = followUps;
    }

    @Override
    public boolean appliesTo(Actor actor) {
        return actor.hasRole(Roles.UNIT_MANAGER);
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public Component create() {
        var section = new Section();
        section.setId("workload");
        var heading = new H2(section.getTranslation("casehandling.work.workload.title"));
        heading.setId("workload-heading");
        section.getElement().setAttribute("aria-labelledby", "workload-heading");
        section.add(heading);
        var rows = workday.workload();
        if (rows.isEmpty()) {
            var empty = new Paragraph(section.getTranslation("casehandling.work.workload.empty"));
            empty.setId("workload-empty");
            section.add(empty);
            return section;
        }
        // A plain table: every number is a link in the page's tab order (a grid's cells are reached by arrow keys).
        var table = new NativeTable();
        table.setId("workload-table");
        table.addClassName("vk-workload");
        table.setCaptionText(section.getTranslation("casehandling.work.workload.caption"));
        var schedule = followUps.stream().findFirst();
        Map<String, Integer> due = schedule.map(WorkloadFollowUps::dueOrOverdue).orElse(Map.of());
        var head = table.getHead().addRow();
        var columns = new ArrayList<>(List.of("casehandling.work.workload.col.name",
                "casehandling.work.workload.col.open", "casehandling.work.workload.col.overdue"));
        if (schedule.isPresent()) {
            columns.add("casehandling.work.workload.col.follow-ups");
        }
        columns.add("casehandling.work.workload.col.drafts");
        for (var key : columns) {
            var cell = head.addHeaderCell();
            cell.setText(section.getTranslation(key));
            cell.getElement().setAttribute("scope", "col");
        }
        for (var row : rows) {
            var line = table.getBody().addRow();
            var name = line.addHeaderCell();
            name.setText(row.name());
            name.getElement().setAttribute("scope", "row");
            line.addDataCell().add(count(section, row, "open", "casehandling.work.workload.link.open",
                    row.openCases(), null));
            line.addDataCell().add(count(section, row, "overdue", "casehandling.work.workload.link.overdue",
                    row.overdueInvestigations(), CaseListView.FILTER_OVERDUE));
            if (schedule.isPresent()) {
                int n = due.getOrDefault(row.username(), 0);
                var link = new Anchor(schedule.get().link(), Integer.toString(n));
                link.getElement().setAttribute("aria-label", section.getTranslation(
                        "casehandling.work.workload.link.follow-ups", row.name(), n));
                link.addClassName("vk-workload-follow-ups");
                line.addDataCell().add(link);
            }
            line.addDataCell().add(count(section, row, "drafts", "casehandling.work.workload.link.drafts",
                    row.drafts(), CaseListView.FILTER_DRAFTS));
        }
        section.add(table);
        return section;
    }

    private static Anchor count(Component context, CaseworkerWorkload row, String key, String labelKey, int n,
                                String filter) {
        var link = new Anchor(listPath(row.username(), filter), Integer.toString(n));
        link.getElement().setAttribute("aria-label", context.getTranslation(labelKey, row.name(), n));
        link.addClassName("vk-workload-" + key);
        return link;
    }

    /** The case list of the units filtered to one caseworker, and to a saved filter when given. */
    static String listPath(String username, String filter) {
        var path = "arenden?" + CaseListView.PARAM_RESPONSIBLE + "=" + URLEncoder.encode(username,
                StandardCharsets.UTF_8);
        return filter == null ? path : path + "&" + CaseListView.PARAM_FILTER + "=" + filter;
    }
}
