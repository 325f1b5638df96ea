package se.vardkedjan.platform.ui;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import se.vardkedjan.sharedkernel.Actor;
import se.vardkedjan.sharedkernel.CurrentActor;
import se.vardkedjan.sharedkernel.Roles;

/**
 * The signed-in user's own shell — staff, provider or portal, the one they land in after login — for the pages that
 * belong to no path of their own: the refusal (403) and not-found (404) pages. Vaadin gives error views no automatic
 * {@code @Layout}, so they name this one as their parent layout; whatever path was tried, the user keeps their header,
 * menu and logout.
 */
@PermitAll
class HomeShell extends Div implements RouterLayout {

    private final Shell shell;

    HomeShell(Branding branding, CurrentActor currentActor, AuthenticationContext authentication) {
        var actor = currentActor.find().orElse(null);
        if (isProviderOnly(actor)) {
            shell = new ProviderLayout(branding, currentActor, authentication);
        } else if (isClientOnly(actor)) {
            shell = new PortalLayout(branding, currentActor, authentication);
        } else {
            // Staff, and region participants, whose SIP pages are in the staff shell.
            shell = new StaffLayout(branding, currentActor, authentication);
        }
        setSizeFull();
        add(shell);
    }

    @Override
    public void showRouterLayoutContent(HasElement content) {
        shell.showRouterLayoutContent(content);
    }

    @Override
    public void removeRouterLayoutContent(HasElement oldContent) {
        shell.removeRouterLayoutContent(oldContent);
    }

    private static boolean isProviderOnly(Actor actor) {
        return actor != null && !actor.isStaff() && actor.hasRole(Roles.PROVIDER_STAFF);
    }

    private static boolean isClientOnly(Actor actor) {
        return actor != null && !actor.isStaff() && !actor.hasRole(Roles.PROVIDER_STAFF) && actor.hasRole(Roles.CLIENT);
    }
}
