package se.vardkedjan.platform.ui;

import com.vaadin.flow.router.Layout;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import se.vardkedjan.sharedkernel.CurrentActor;

/** The municipality staff's shell: every route outside the provider and portal paths. */
@Layout
@PermitAll
class StaffLayout extends Shell {

    StaffLayout(Branding branding, CurrentActor currentActor, AuthenticationContext authentication) {
        super("vk-staff-shell", "platform.shell.staff-title", branding, currentActor, authentication,
                path -> !ProviderLayout.owns(path) && !PortalLayout.owns(path));
    }
}
