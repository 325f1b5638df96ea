package se.vardkedjan.providercontracts.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import se.vardkedjan.providercontracts.AssignmentCosts;
import se.vardkedjan.uikit.Problems;

import java.time.YearMonth;

/**
 * The provider's payment per month over all its assignments in the last twelve months (ADR 0026), on its start page,
 * folded: the sums are read only when the staff member opens them, the first time. At national scale a large
 * provider's twelve months are tens of thousands of reported days, far more work than any page the staff open all day,
 * so no page pays for them unasked.
 */
class ProviderMonthlyCosts extends Details {

    private final VerticalLayout content = new VerticalLayout();
    private boolean read;

    ProviderMonthlyCosts(AssignmentCosts costs, YearMonth thisMonth) {
        setId("provider-costs");
        setSummaryText(getTranslation("providercontracts.reports.cost.own-heading"));
        content.setPadding(false);
        add(content);
        addOpenedChangeListener(event -> {
            if (event.isOpened() && !read) {
                read = true;
                show(costs, thisMonth);
            }
        });
    }

    private void show(AssignmentCosts costs, YearMonth to) {
        Problems.attempt(content, () -> costs.ownMonthlyCosts(to.minusMonths(11), to)).ifPresent(sums -> {
            if (sums.isEmpty()) {
                // Said in words; an empty list would be read out as "list, 0 items".
                content.add(new Paragraph(getTranslation("providercontracts.reports.cost.none")));
                return;
            }
            var months = new UnorderedList();
            months.setId("provider-costs-months");
            sums.forEach(s -> months.add(new ListItem(getTranslation("providercontracts.reports.cost.own-month",
                    s.key(), s.assignments(), Kronor.format(s.costOre())))));
            content.add(months);
        });
    }
}
