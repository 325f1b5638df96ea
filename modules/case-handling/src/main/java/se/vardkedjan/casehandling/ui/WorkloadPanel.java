package se.vardkedjan.casehandling.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import se.vardkedjan.casehandling.Workday;
import se.vardkedjan.casehandling.readmodel.CaseworkerWorkload;
import se.vardkedjan.sharedkernel.Actor;
import se.vardkedjan.sharedkernel.Roles;
import se.vardkedjan.uikit.StartPagePanel;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.function.ToIntFunction;

/**
 * The unit manager's workload per caseworker on the start page (ADR 0022): open cases, overdue investigations,
 * follow-ups due and unsigned drafts, each number a link to the case list filtered to exactly those cases.
 */
@org.springframework.stereotype.Component
class WorkloadPanel implements StartPagePanel {

    private final Workday workday;

    WorkloadPanel(Workday workday) {
        this.workday = workday;
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
        var grid = new Grid<CaseworkerWorkload>();
        grid.setId("workload-grid");
        grid.setAriaLabel(section.getTranslation("casehandling.work.workload.title"));
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.addColumn(CaseworkerWorkload::name).setHeader(section.getTranslation("casehandling.work.workload.col.name"))
                .setKey("name").setSortable(true).setAutoWidth(true);
        count(grid, "open", "casehandling.work.workload.col.open", "casehandling.work.workload.link.open",
                CaseworkerWorkload::openCases, null);
        count(grid, "overdue", "casehandling.work.workload.col.overdue", "casehandling.work.workload.link.overdue",
                CaseworkerWorkload::overdueInvestigations, CaseListView.FILTER_OVERDUE);
        count(grid, "follow-ups", "casehandling.work.workload.col.follow-ups",
                "casehandling.work.workload.link.follow-ups", CaseworkerWorkload::followUpsDue,
                CaseListView.FILTER_FOLLOW_UPS);
        count(grid, "drafts", "casehandling.work.workload.col.drafts", "casehandling.work.workload.link.drafts",
                CaseworkerWorkload::drafts, CaseListView.FILTER_DRAFTS);
        grid.setItems(rows);
        grid.setAllRowsVisible(true);
        section.add(grid);
        return section;
    }

    private static void count(Grid<CaseworkerWorkload> grid, String key, String headerKey, String labelKey,
                              ToIntFunction<CaseworkerWorkload> value, String filter) {
        grid.addColumn(new ComponentRenderer<>(row -> {
            var n = value.applyAsInt(row);
            var link = new Anchor(listPath(row.username(), filter), Integer.toString(n));
            link.getElement().setAttribute("aria-label", grid.getTranslation(labelKey, row.name(), n));
            link.addClassName("vk-workload-" + key);
            return link;
        })).setHeader(grid.getTranslation(headerKey)).setKey(key).setComparator(value::applyAsInt).setAutoWidth(true);
    }

    /** The case list of the units filtered to one caseworker, and to a saved filter when given. */
    static String listPath(String username, String filter) {
        var path = "arenden?" + CaseListView.PARAM_RESPONSIBLE + "=" + URLEncoder.encode(username,
                StandardCharsets.UTF_8);
        return filter == null ? path : path + "&" + CaseListView.PARAM_FILTER + "=" + filter;
    }
}
