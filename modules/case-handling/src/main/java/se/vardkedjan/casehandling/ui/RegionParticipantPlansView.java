package se.vardkedjan.casehandling.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import se.vardkedjan.casehandling.CoordinatedPlans;
import se.vardkedjan.sharedkernel.Roles;

/** The SIPs a region participant may read: those they hold a live grant for. Each listed SIP is logged as read. */
@Route("sip")
@Menu(order = 60, title = "casehandling.sip.menu", icon = "vaadin:handshake")
@RolesAllowed(Roles.REGION_PARTICIPANT)
class RegionParticipantPlansView extends VerticalLayout implements HasDynamicTitle {

    RegionParticipantPlansView(CoordinatedPlans plans) {
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
        var list = new UnorderedList();
        list.setId("sip-list");
        for (var plan : granted) {
            var name = plan.clientName() == null ? getTranslation("casehandling.sip.protected-client")
                    : plan.clientName();
            var link = new RouterLink(getTranslation("casehandling.sip.region.list-item", name, plan.planDate(),
                    getTranslation(plan.status().textKey())), RegionParticipantPlanView.class,
                    new RouteParameters("id", plan.id().value().toString()));
            list.add(new ListItem(link));
        }
        add(list);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("casehandling.sip.region.list-title");
    }
}
