package se.vardkedjan;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.ApplicationEventPublisherAware;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import se.vardkedjan.sharedkernel.Actor;
import se.vardkedjan.sharedkernel.CurrentActor;
import se.vardkedjan.sharedkernel.SignedIn;
import se.vardkedjan.sharedkernel.UnitCode;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The signed-in user in module tests: {@link #signIn} puts an {@link Actor} in the security context with its roles as
 * authorities, so both the facades' role checks and their record-level checks see it. {@link #login} does that and
 * announces the sign-in ({@link SignedIn}) as the platform does at a real login, so that the account register binds
 * the actor's username to their subject (grants to named staff and SIP participants compare subjects).
 */
public class TestActors implements CurrentActor, ApplicationEventPublisherAware {

    private ApplicationEventPublisher events;

    @Override
    public void setApplicationEventPublisher(ApplicationEventPublisher events) {
        this.events = events;
    }

    /** Signs the actor in as a real login does: in the security context, and announced to the account register. */
    public Actor login(Actor actor) {
        events.publishEvent(new SignedIn(actor));
        return signIn(actor);
    }

    @Override
    public Optional<Actor> find() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof Actor actor
                ? Optional.of(actor) : Optional.empty();
    }

    public static Actor signIn(Actor actor) {
        var authorities = actor.roles().stream().map(role -> "ROLE_" + role).toArray(String[]::new);
        var token = new TestingAuthenticationToken(actor, "n/a", authorities);
        token.setAuthenticated(true);
        SecurityContextHolder.getContext().setAuthentication(token);
        return actor;
    }

    public static void signOut() {
        SecurityContextHolder.clearContext();
    }

    /** A staff member with the given roles in the given units, with a unique username. */
    public static Actor staff(String username, Set<String> roles, String... units) {
        return new Actor(UUID.randomUUID().toString(), username, username + " Testsson", roles,
                Arrays.stream(units).map(UnitCode::new).collect(Collectors.toSet()), Set.of());
    }
}
