package se.vardkedjan;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.MockRouteAccessDeniedError;
import com.github.mvysny.kaributesting.v10.MockRouteNotFoundError;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import io.github.classgraph.ClassGraph;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

    /**
     * Signs in a staff member in the mock UI as Spring Security's OIDC login leaves them (subject
     * {@code subject-<username>}), and announces the login as Spring Security does, so that the account register binds
     * the username to the subject. Call after {@link #useSecurityOf} and MockVaadin's setup.
     */
    public static void logIn(ApplicationContext context, String username, String name, List<String> roles,
                             List<String> units) {
        var token = new OidcIdToken("token", Instant.now(), Instant.now().plusSeconds(300), Map.of(
                "sub", "subject-" + username, "name", name, "preferred_username", username,
                "roles", roles, "units", units, "provider_organisations", List.of()));
        var authorities = new ArrayList<GrantedAuthority>();
        authorities.add(new OidcUserAuthority(token));
        roles.forEach(role -> authorities.add(new SimpleGrantedAuthority("ROLE_" + role)));
        units.forEach(unit -> authorities.add(new SimpleGrantedAuthority("UNIT_" + unit)));
        var authentication = new OAuth2AuthenticationToken(new DefaultOidcUser(authorities, token), authorities,
                "staff");
        SecurityContextHolder.getContext().setAuthentication(authentication);
        context.getBeansOfType(SecurityContextHolderStrategy.class).values()
                .forEach(strategy -> strategy.setContext(new SecurityContextImpl(authentication)));
        var request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(authentication);
        request.setUserInRole((principal, role) -> roles.contains(role));
        context.publishEvent(new AuthenticationSuccessEvent(authentication));
    }

    /**
     * Signs in a client in the mock UI as a portal login with BankID leaves them: the client role and, unless null, the
     * realm's {@code personal_number} claim (ADR 0028). Call after {@link #useSecurityOf} and MockVaadin's setup.
     */
    public static void logInClient(ApplicationContext context, String subject, String name, String personalNumber) {
        var claims = new java.util.HashMap<String, Object>(Map.of("sub", subject, "name", name,
                "preferred_username", subject, "roles", List.of("client")));
        if (personalNumber != null) {
            claims.put("personal_number", personalNumber);
        }
        var token = new OidcIdToken("token", Instant.now(), Instant.now().plusSeconds(300), claims);
        var authorities = new ArrayList<GrantedAuthority>();
        authorities.add(new OidcUserAuthority(token));
        authorities.add(new SimpleGrantedAuthority("ROLE_client"));
        var authentication = new OAuth2AuthenticationToken(new DefaultOidcUser(authorities, token), authorities,
                "portal");
        SecurityContextHolder.getContext().setAuthentication(authentication);
        context.getBeansOfType(SecurityContextHolderStrategy.class).values()
                .forEach(strategy -> strategy.setContext(new SecurityContextImpl(authentication)));
        var request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(authentication);
        request.setUserInRole((principal, role) -> "client".equals(role));
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
