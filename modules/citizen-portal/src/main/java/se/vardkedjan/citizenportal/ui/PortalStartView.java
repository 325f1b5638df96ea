package se.vardkedjan.citizenportal.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import se.vardkedjan.sharedkernel.CurrentActor;
import se.vardkedjan.sharedkernel.Roles;

/** The client's start page in the citizen portal. Only clients: staff accounts cannot open the portal as a client. */
@Route("portal")
@Menu(order = 10, title = "citizenportal.menu.start", icon = "vaadin:home")
@RolesAllowed(Roles.CLIENT)
class PortalStartView extends VerticalLayout implements HasDynamicTitle {

    PortalStartView(CurrentActor currentActor) {
        var actor = currentActor.require();
        var heading = new H1(getTranslation("citizenportal.start.welcome", actor.displayName()));
        heading.setId("portal-welcome");
        add(heading);
        add(new Paragraph(getTranslation("citizenportal.start.intro")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("citizenportal.start.title");
    }
}
