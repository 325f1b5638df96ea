package se.vardkedjan.bench;

import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import se.vardkedjan.sharedkernel.Actor;
import se.vardkedjan.sharedkernel.CurrentActor;

import java.util.Optional;

/** The signed-in user of the benchmark: an actor put in the security context with its roles as authorities. */
final class BenchActor implements CurrentActor {

    @Override
    public Optional<Actor> find() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof Actor actor
                ? Optional.of(actor) : Optional.empty();
    }

    static void signIn(Actor actor) {
        var authorities = actor.roles().stream().map(role -> "ROLE_" + role).toArray(String[]::new);
        var token = new TestingAuthenticationToken(actor, "n/a", authorities);
        token.setAuthenticated(true);
        SecurityContextHolder.getContext().setAuthentication(token);
    }
}
