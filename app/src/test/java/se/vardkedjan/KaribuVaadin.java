package se.vardkedjan;

import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Browserless Vaadin tests against a Spring test context. Vaadin's security integration puts its own security-context
 * strategy into Spring Security's static holder when a context starts; with several cached test contexts in one JVM
 * the holder may point at another context's strategy, and a signed-in test user is then invisible to the facades'
 * method security. Each test calls {@link #useSecurityOf} before it signs in.
 */
public final class KaribuVaadin {

    private KaribuVaadin() {
    }

    public static void useSecurityOf(ApplicationContext context) {
        context.getBeanProvider(SecurityContextHolderStrategy.class)
                .ifAvailable(SecurityContextHolder::setContextHolderStrategy);
    }
}
