package se.vardkedjan.platform.security;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;
import se.vardkedjan.sharedkernel.SignedIn;

/**
 * Announces each successful OIDC login as a {@link SignedIn} event, synchronously and in the login request, with the
 * ordinary event publisher, so that modules can keep an account register (case handling binds usernames to Keycloak
 * subjects there). Spring Security publishes {@link AuthenticationSuccessEvent} from the authentication manager once
 * per login (the login filter's "interactive" event is another type and is not listened to).
 */
@Component
class SignInAnnouncement {

    private final ApplicationEventPublisher events;

    SignInAnnouncement(ApplicationEventPublisher events) {
        this.events = events;
    }

    @EventListener
    void on(AuthenticationSuccessEvent success) {
        var authentication = success.getAuthentication();
        if (authentication.getPrincipal() instanceof OidcUser) {
            events.publishEvent(new SignedIn(SecurityContextCurrentActor.toActor(authentication)));
        }
    }
}
