package se.vardkedjan.bench;

import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import se.vardkedjan.sharedkernel.Actor;
import se.vardkedjan.sharedkernel.ClientIdentity;
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
        signIn(actor, null);
    }

    /**
     * Signs in a portal client: the actor with the {@code client} role, and the identity BankID vouched for kept with
     * the sign-in, where {@link #currentClient} finds it (as the platform finds it in the OIDC login, ADR 0028).
     */
    static void signInClient(Actor actor, ClientIdentity identity) {
        signIn(actor, identity);
    }

    /** The signed-in portal client's identity, or empty for staff and for nobody signed in. */
    static Optional<ClientIdentity> currentClient() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getDetails() instanceof ClientIdentity identity
                ? Optional.of(identity) : Optional.empty();
    }

    private static void signIn(Actor actor, ClientIdentity identity) {
        var authorities = actor.roles().stream().map(role -> "ROLE_" + role).toArray(String[]::new);
        var token = new TestingAuthenticationToken(actor, "n/a", authorities);
        token.setDetails(identity);
        token.setAuthenticated(true);
        SecurityContextHolder.getContext().setAuthentication(token);
    }
}
