package se.vardkedjan.providercontracts.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import se.vardkedjan.providercontracts.AssignmentCosts;
import se.vardkedjan.sharedkernel.CurrentActor;
import se.vardkedjan.sharedkernel.Roles;
import se.vardkedjan.uikit.ViewClock;
import se.vardkedjan.uikit.WorkItem;
import se.vardkedjan.uikit.WorkItemList;
import se.vardkedjan.uikit.WorkItemSource;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * The provider's start page in the provider shell: the same "Att göra" list as the staff start page (ADR 0022), from
 * every {@link WorkItemSource} that applies to provider staff (today: the organisation's new and reminded assignments,
 * {@link AssignmentWorkItems}), and, folded below it, the provider's payment per month over all its assignments
 * ({@link ProviderMonthlyCosts}, read only when opened: ADR 0026).
 */
@Route("utforare")
@Menu(order = 10, title = "providercontracts.menu.assignments", icon = "vaadin:clipboard-check")
@RolesAllowed(Roles.PROVIDER_STAFF)
class ProviderStartView extends VerticalLayout implements HasDynamicTitle {

    ProviderStartView(CurrentActor currentActor, List<WorkItemSource> sources, ViewClock clock,
                      AssignmentCosts costs) {
        var actor = currentActor.require();
        var heading = new H1(getTranslation("providercontracts.start.title"));
        heading.setId("provider-start-heading");
        add(heading);
        var items = new ArrayList<WorkItem>();
        sources.stream().filter(source -> source.appliesTo(actor)).forEach(source -> items.addAll(source.workItems()));
        add(new WorkItemList(items, clock.today()));
        add(new ProviderMonthlyCosts(costs, YearMonth.from(clock.today())));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("providercontracts.start.title");
    }
}
