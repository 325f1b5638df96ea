package se.vardkedjan;

import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.MockRouteAccessDeniedError;
import com.github.mvysny.kaributesting.v10.MockRouteNotFoundError;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.Route;
import io.github.classgraph.ClassGraph;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;

/** What the browserless Vaadin tests (Karibu) share: the app's routes, a signed-in user's security, test persons. */
public final class KaribuVaadin {

    private static Routes routes;

    private KaribuVaadin() {
    }

    /**
     * Vaadin's security integration puts its own security-context strategy into Spring Security's static holder when a
     * context starts; with several cached test contexts in one JVM the holder may point at another context's strategy,
     * and a signed-in test user is then invisible to the facades' method security. Call this before signing in.
     */
    public static void useSecurityOf(ApplicationContext context) {
        context.getBeanProvider(SecurityContextHolderStrategy.class)
                .ifAvailable(SecurityContextHolder::setContextHolderStrategy);
    }

    /**
     * Every route, layout and error view of the app. Our views are package-private, which Vaadin's own scan skips in a
     * mock servlet, so they are discovered the same way but regardless of visibility.
     */
    public static synchronized Routes routes() {
        if (routes == null) {
            var found = new Routes();
            try (var scan = new ClassGraph().enableClassInfo().enableAnnotationInfo().ignoreClassVisibility()
                    .acceptPackages("se.vardkedjan").scan()) {
                scan.getClassesWithAnnotation(Route.class.getName()).loadClasses(Component.class)
                        .forEach(found.getRoutes()::add);
                scan.getClassesWithAnnotation(Layout.class.getName()).loadClasses(Component.class)
                        .forEach(found.getRoutes()::add);
                for (var errorView : scan.getClassesImplementing(HasErrorParameter.class.getName()).loadClasses()) {
                    @SuppressWarnings("unchecked")
                    var typed = (Class<? extends HasErrorParameter<?>>) errorView;
                    found.getErrorRoutes().add(typed);
                }
            }
            // Our own refusal and not-found pages, not Karibu's stand-ins (which fail the test instead).
            found.getErrorRoutes().remove(MockRouteAccessDeniedError.class);
            found.getErrorRoutes().remove(MockRouteNotFoundError.class);
            if (found.getRoutes().size() < 6) {
                throw new IllegalStateException("Too few routes found: " + found.getRoutes());
            }
            routes = found;
        }
        return routes;
    }

    /** A valid, random personnummer (12 digits) for a person born in 1960–1999; serial 000 is never valid. */
    public static String personalNumber() {
        var random = ThreadLocalRandom.current();
        var birth = LocalDate.of(1960 + random.nextInt(40), 1 + random.nextInt(12), 1 + random.nextInt(28));
        var first = birth.toString().replace("-", "").substring(2) + String.format("%03d", 1 + random.nextInt(999));
        var sum = 0;
        for (var i = 0; i < first.length(); i++) {
            var digit = (first.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
            sum += digit > 9 ? digit - 9 : digit;
        }
        return birth.toString().replace("-", "").substring(0, 2) + first + (10 - sum % 10) % 10;
    }
}
