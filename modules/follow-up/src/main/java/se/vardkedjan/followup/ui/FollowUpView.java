package se.vardkedjan.followup.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import se.vardkedjan.sharedkernel.Roles;

/** Group-level follow-up for unit managers and analysts. */
@Route("uppfoljning")
@Menu(order = 30, title = "followup.menu.overview", icon = "vaadin:chart")
@RolesAllowed({Roles.UNIT_MANAGER, Roles.ANALYST})
class FollowUpView extends VerticalLayout implements HasDynamicTitle {

    FollowUpView() {
        add(new H1(getTranslation("followup.overview.title")));
        add(new Paragraph(getTranslation("followup.overview.empty")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("followup.overview.title");
    }
}
