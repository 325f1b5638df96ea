package se.vardkedjan.platform.ui;

import com.vaadin.flow.router.Layout;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import se.vardkedjan.sharedkernel.CurrentActor;

/** The provider staff's shell, for every route under {@code /utforare}. */
@Layout("/" + ProviderLayout.PATH)
@PermitAll
class ProviderLayout extends Shell {

    static final String PATH = "utforare";

    ProviderLayout(Branding branding, CurrentActor currentActor, AuthenticationContext authentication) {
        super("vk-provider-shell", "platform.shell.provider-title", branding, currentActor, authentication,
                ProviderLayout::owns);
    }

    static boolean owns(String path) {
        return isUnder(path, PATH);
    }
}
