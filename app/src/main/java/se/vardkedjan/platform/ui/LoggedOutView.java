package se.vardkedjan.platform.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** Where Keycloak sends the browser back after logout. Public: the session is gone by then. */
@Route(value = "utloggad", autoLayout = false)
@AnonymousAllowed
class LoggedOutView extends Main implements HasDynamicTitle {

    LoggedOutView() {
        addClassName("vk-error-page");
        var heading = new H1(getTranslation("platform.logged-out.title"));
        heading.setId("logged-out");
        add(heading, new Paragraph(getTranslation("platform.logged-out.text")),
                new Paragraph(new Anchor("", getTranslation("platform.logged-out.staff-login"))),
                new Paragraph(new Anchor("portal", getTranslation("platform.logged-out.portal-login"))));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("platform.logged-out.title");
    }
}
