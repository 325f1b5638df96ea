package se.vardkedjan;

import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import se.vardkedjan.sharedkernel.Actor;
import se.vardkedjan.sharedkernel.CurrentActor;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The signed-in user in the provider contracts module tests: {@link #signIn} puts an {@link Actor} in the security
 * context with its roles as authorities, so the facades' role checks and {@link CurrentActor} see it.
 */
public class TestActors implements CurrentActor {

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

    /** A staff member with the given roles and no units, with a unique username. */
    public static Actor staff(String username, Set<String> roles) {
        return new Actor(UUID.randomUUID().toString(), username, username + " Testsson", roles, Set.of(), Set.of());
    }

    /** An administrator with a unique username. */
    public static Actor administrator() {
        return staff("admin" + System.nanoTime(), Set.of(se.vardkedjan.sharedkernel.Roles.ADMINISTRATOR));
    }
}
