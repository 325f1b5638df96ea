package se.vardkedjan.casehandling.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import se.vardkedjan.casehandling.CoordinatedPlans;
import se.vardkedjan.casehandling.readmodel.CoordinatedPlanSummary;
import se.vardkedjan.sharedkernel.Roles;
import se.vardkedjan.uikit.SwedishTime;

import java.text.Collator;
import java.time.LocalDate;
import java.util.Comparator;

/**
 * The SIPs a region participant may read: those they hold a live grant for, as a table that fills the page and sorts
 * by every column: the client (by name, or only "Skyddad identitet" for a protected person), the municipality's unit
 * by name, the plan's date, its status and its follow-up date. The client's name links to the plan, and a click on the
 * row opens it too. Each listed SIP is logged as read (by the facade).
 */
@Route("sip")
@Menu(order = 60, title = "casehandling.sip.menu", icon = "vaadin:handshake")
@RolesAllowed(Roles.REGION_PARTICIPANT)
class RegionParticipantPlansView extends VerticalLayout implements HasDynamicTitle {

    RegionParticipantPlansView(CoordinatedPlans plans) {
        setSizeFull();
        var heading = new H1(getTranslation("casehandling.sip.region.list-title"));
        heading.setId("sip-list-heading");
        add(heading);
        var granted = plans.grantedToMe();
        if (granted.isEmpty()) {
            var empty = new Paragraph(getTranslation("casehandling.sip.region.none"));
            empty.setId("sip-list-empty");
            add(empty);
            return;
        }
        var grid = grid();
        grid.setItems(granted);
        add(grid);
        setFlexGrow(1, grid);
    }

    private Grid<CoordinatedPlanSummary> grid() {
        var grid = new Grid<CoordinatedPlanSummary>();
        grid.setId("sip-list");
        grid.setAriaLabel(getTranslation("casehandling.sip.region.list-title"));
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.setMultiSort(false);
        var collator = Collator.getInstance(getLocale());
        var client = grid.addColumn(new ComponentRenderer<>(this::clientLink))
                .setHeader(getTranslation("casehandling.sip.region.col.client")).setKey("client").setFlexGrow(3)
                .setSortable(true).setComparator(Comparator.comparing(this::clientText, collator));
        grid.addColumn(CoordinatedPlanSummary::unitName)
                .setHeader(getTranslation("casehandling.sip.region.col.unit")).setKey("unit").setFlexGrow(2)
                .setSortable(true).setComparator(Comparator.comparing(CoordinatedPlanSummary::unitName, collator));
        grid.addColumn(plan -> date(plan.planDate()))
                .setHeader(getTranslation("casehandling.sip.region.col.plan-date")).setKey("plan-date")
                .setAutoWidth(true).setFlexGrow(0).setSortable(true)
                .setComparator(Comparator.comparing(CoordinatedPlanSummary::planDate,
                        Comparator.nullsLast(Comparator.naturalOrder())));
        grid.addColumn(plan -> getTranslation(plan.status().textKey()))
                .setHeader(getTranslation("casehandling.sip.region.col.status")).setKey("status").setFlexGrow(1)
                .setSortable(true).setComparator(Comparator.comparing(
                        (CoordinatedPlanSummary plan) -> getTranslation(plan.status().textKey()), collator));
        grid.addColumn(plan -> date(plan.followUpOn()))
                .setHeader(getTranslation("casehandling.sip.region.col.follow-up")).setKey("follow-up")
                .setAutoWidth(true).setFlexGrow(0).setSortable(true)
                .setComparator(Comparator.comparing(CoordinatedPlanSummary::followUpOn,
                        Comparator.nullsLast(Comparator.naturalOrder())));
        grid.sort(GridSortOrder.asc(client).build());
        grid.addItemClickListener(click -> open(click.getItem()));
        grid.setSizeFull();
        grid.setMinHeight("15em");
        return grid;
    }

    private String clientText(CoordinatedPlanSummary plan) {
        return plan.clientName() == null ? getTranslation("casehandling.sip.protected-client") : plan.clientName();
    }

    private Component clientLink(CoordinatedPlanSummary plan) {
        var link = new RouterLink(clientText(plan), RegionParticipantPlanView.class, parameters(plan));
        link.addClassName("sip-list-open");
        return link;
    }

    private void open(CoordinatedPlanSummary plan) {
        getUI().ifPresent(ui -> ui.navigate(RegionParticipantPlanView.class, parameters(plan)));
    }

    private static RouteParameters parameters(CoordinatedPlanSummary plan) {
        return new RouteParameters("id", plan.id().value().toString());
    }

    private static String date(LocalDate date) {
        return date == null ? "–" : SwedishTime.date(date);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("casehandling.sip.region.list-title");
    }
}
