package se.vardkedjan.casehandling.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import se.vardkedjan.casehandling.CoordinatedPlanId;
import se.vardkedjan.casehandling.CoordinatedPlans;
import se.vardkedjan.sharedkernel.AccessDenied;
import se.vardkedjan.sharedkernel.Roles;

import java.util.UUID;

/**
 * One SIP, read-only, for a region participant who holds a live grant for it. Any other id, or a withdrawn consent,
 * shows the same refusal (so nobody learns whether a plan exists). Never shows an address.
 */
@Route("sip/:id")
@RolesAllowed(Roles.REGION_PARTICIPANT)
class RegionParticipantPlanView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CoordinatedPlans plans;

    RegionParticipantPlanView(CoordinatedPlans plans) {
        this.plans = plans;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        var heading = new H1(getTranslation("casehandling.sip.region.title"));
        heading.setId("sip-heading");
        add(heading);
        try {
            var id = new CoordinatedPlanId(UUID.fromString(event.getRouteParameters().get("id").orElse("")));
            var plan = plans.forRegionParticipant(id);
            add(new H2(plan.clientName() == null ? getTranslation("casehandling.sip.protected-client")
                    : plan.clientName()));
            add(new CoordinatedPlanReadOnly(plan));
        } catch (AccessDenied | IllegalArgumentException refused) {
            var text = new Paragraph(getTranslation("casehandling.sip.region.denied"));
            text.setId("sip-denied");
            add(text);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("casehandling.sip.region.title");
    }
}
