package se.vardkedjan.platform.security;

import org.aopalliance.intercept.MethodInvocation;
import org.springframework.context.event.EventListener;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.stereotype.Component;
import se.vardkedjan.sharedkernel.SecurityEvent;
import se.vardkedjan.sharedkernel.SecurityEvents;

/**
 * Records what method security refuses a signed-in user or a provider's system calling the API: a facade method whose
 * {@code @RolesAllowed} their roles do not meet, as operation {@code <Class>.<method>}. Spring Security publishes the
 * refusal because an {@code AuthorizationEventPublisher} bean exists ({@link SecurityConfiguration}). Refusals of
 * anonymous requests (a visitor on the way to the login page) name nobody and are not recorded.
 */
@Component
class RefusedCalls {

    private final SecurityEvents securityEvents;

    RefusedCalls(SecurityEvents securityEvents) {
        this.securityEvents = securityEvents;
    }

    @EventListener
    void refused(AuthorizationDeniedEvent<?> event) {
        var authentication = event.getAuthentication().get();
        if (!SecurityContextCurrentActor.isSignedIn(authentication)
                || !(event.getObject() instanceof MethodInvocation invocation)) {
            return;
        }
        var method = invocation.getMethod();
        securityEvents.record(new SecurityEvent(SecurityContextCurrentActor.toActor(authentication),
                SecurityEvent.Attempt.CALL, method.getDeclaringClass().getSimpleName() + "." + method.getName(), null,
                SecurityEvent.Reason.ROLE));
    }
}
