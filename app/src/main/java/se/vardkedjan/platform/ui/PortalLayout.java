package se.vardkedjan.platform.ui;

import com.vaadin.flow.router.Layout;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import se.vardkedjan.sharedkernel.CurrentActor;

/** The citizen portal's own shell, for every route under {@code /portal}. */
@Layout("/" + PortalLayout.PATH)
@PermitAll
class PortalLayout extends Shell {

    static final String PATH = "portal";

    PortalLayout(Branding branding, CurrentActor currentActor, AuthenticationContext authentication) {
        super("vk-portal-shell", "platform.shell.portal-title", branding, currentActor, authentication,
                PortalLayout::owns);
    }

    static boolean owns(String path) {
        return isUnder(path, PATH);
    }
}
