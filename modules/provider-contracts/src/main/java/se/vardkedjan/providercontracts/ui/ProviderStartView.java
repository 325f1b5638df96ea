package se.vardkedjan.providercontracts.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import se.vardkedjan.sharedkernel.CurrentActor;
import se.vardkedjan.sharedkernel.ProviderOrganisationCode;
import se.vardkedjan.sharedkernel.Roles;

import java.util.stream.Collectors;

/** The provider's start page in the provider shell: the assignments addressed to the user's organisation. */
@Route("utforare")
@Menu(order = 10, title = "providercontracts.menu.assignments", icon = "vaadin:clipboard-check")
@RolesAllowed(Roles.PROVIDER_STAFF)
class ProviderStartView extends VerticalLayout implements HasDynamicTitle {

    ProviderStartView(CurrentActor currentActor) {
        var actor = currentActor.require();
        var organisations = actor.providerOrganisations().stream()
                .map(ProviderOrganisationCode::value).sorted().collect(Collectors.joining(", "));
        var heading = new H1(getTranslation("providercontracts.start.title"));
        heading.setId("provider-start-heading");
        add(heading);
        add(new Paragraph(getTranslation("providercontracts.start.organisations",
                organisations.isEmpty() ? "–" : organisations)));
        add(new Paragraph(getTranslation("providercontracts.start.empty")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("providercontracts.start.title");
    }
}
