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
import se.vardkedjan.uikit.ViewClock;

import java.time.YearMonth;

/**
 * The cost (ADR 0026): for the case staff, the assignment's cost per month and in all, priced by its contract; for the
 * provider, its own monthly sums over all its assignments in the last twelve months. Shown once the assignment runs.
 */
@org.springframework.stereotype.Component
class CostPart implements AssignmentPart {

    private final AssignmentCosts costs;
    private final ViewClock clock;

    CostPart(AssignmentCosts costs, ViewClock clock) {
        this.costs = costs;
        this.clock = clock;
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
        if (audience == Audience.CASE_STAFF) {
            panel.setId("assignment-cost-" + assignment.id().value());
            panel.add(new H3(panel.getTranslation("providercontracts.reports.cost.heading")));
            Problems.attempt(panel, () -> costs.ofAssignment(assignment.id())).ifPresent(cost -> {
                var total = new Paragraph(panel.getTranslation("providercontracts.reports.cost.total",
                        Kronor.format(cost.totalOre())));
                total.setId("assignment-cost-total-" + assignment.id().value());
                panel.add(total);
                if (cost.priceUnit() != null) {
                    panel.add(new Paragraph(panel.getTranslation("providercontracts.reports.cost.price",
                            Kronor.format(cost.priceOre()), panel.getTranslation(cost.priceUnit().textKey()))));
                }
                var months = new UnorderedList();
                cost.months().forEach(m -> months.add(new ListItem(panel.getTranslation(
                        "providercontracts.reports.cost.month", m.month().toString(), m.days(),
                        Kronor.format(m.costOre())))));
                panel.add(months);
            });
        } else {
            panel.setId("provider-costs-" + assignment.id().value());
            panel.add(new H3(panel.getTranslation("providercontracts.reports.cost.own-heading")));
            var to = YearMonth.from(clock.today());
            Problems.attempt(panel, () -> costs.ownMonthlyCosts(to.minusMonths(11), to)).ifPresent(sums -> {
                if (sums.isEmpty()) {
                    panel.add(new Paragraph(panel.getTranslation("providercontracts.reports.cost.none")));
                }
                var months = new UnorderedList();
                sums.forEach(s -> months.add(new ListItem(panel.getTranslation(
                        "providercontracts.reports.cost.own-month", s.key(), s.assignments(),
                        Kronor.format(s.costOre())))));
                panel.add(months);
            });
        }
        return panel;
    }
}
