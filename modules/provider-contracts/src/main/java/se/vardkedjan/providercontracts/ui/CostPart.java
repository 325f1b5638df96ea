package se.vardkedjan.providercontracts.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import se.vardkedjan.providercontracts.AssignmentCosts;
import se.vardkedjan.providercontracts.AssignmentStatus;
import se.vardkedjan.providercontracts.AssignmentView;
import se.vardkedjan.uikit.Problems;


/**
 * The cost (ADR 0026): the assignment's cost per month and in all, priced by its contract, for the case staff and for
 * the provider it is addressed to. Shown once the assignment runs. The provider's sums over all its assignments are on
 * its start page ({@link ProviderMonthlyCosts}).
 */
@org.springframework.stereotype.Component
class CostPart implements AssignmentPart {

    private final AssignmentCosts costs;

    CostPart(AssignmentCosts costs) {
        this.costs = costs;
    }

    @Override
    public int order() {
        return 430;
    }

    @Override
    public boolean shownTo(Audience audience, AssignmentView assignment) {
        return assignment.status() == AssignmentStatus.RUNNING || assignment.status() == AssignmentStatus.ENDED;
    }

    @Override
    public Component create(AssignmentView assignment, Audience audience) {
        var panel = new VerticalLayout();
        panel.setPadding(false);
        var caseStaff = audience == Audience.CASE_STAFF;
        // The provider sees what it is paid for this assignment; its sums over all its assignments are on its start
        // page (ProviderMonthlyCosts), read when asked for: at national scale they cost far more than this page.
        panel.setId((caseStaff ? "assignment-cost-" : "provider-assignment-cost-") + assignment.id().value());
        show(panel, assignment, caseStaff);
        // Days reported or corrected on the same page change the cost: read it again then.
        AttendanceChanged.listen(panel, assignment.id(), () -> show(panel, assignment, caseStaff));
        return panel;
    }

    private void show(VerticalLayout panel, AssignmentView assignment, boolean caseStaff) {
        panel.removeAll();
        panel.add(new H3(panel.getTranslation(caseStaff ? "providercontracts.reports.cost.heading"
                : "providercontracts.reports.cost.provider-heading")));
        Problems.attempt(panel, () -> caseStaff ? costs.ofAssignment(assignment.id())
                : costs.ofOwnAssignment(assignment.id())).ifPresent(cost -> {
            var total = new Paragraph(panel.getTranslation("providercontracts.reports.cost.total",
                    Kronor.format(cost.totalOre())));
            total.setId("assignment-cost-total-" + assignment.id().value());
            panel.add(total);
            if (cost.priceUnit() != null) {
                panel.add(new Paragraph(panel.getTranslation("providercontracts.reports.cost.price",
                        Kronor.format(cost.priceOre()), panel.getTranslation(cost.priceUnit().textKey()))));
            }
            if (cost.months().isEmpty()) {
                return;
            }
            var months = new UnorderedList();
            cost.months().forEach(m -> months.add(new ListItem(panel.getTranslation(
                    "providercontracts.reports.cost.month", m.month().toString(), m.days(),
                    Kronor.format(m.costOre())))));
            panel.add(months);
        });
    }
}
