package se.vardkedjan;

import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import se.vardkedjan.sharedkernel.Actor;
import se.vardkedjan.sharedkernel.ClientIdentity;
import se.vardkedjan.sharedkernel.CurrentClient;
import se.vardkedjan.sharedkernel.Roles;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The signed-in portal client in module tests: {@link #signInClient} signs in a client as a portal login with BankID
 * does (the client role, and the personal number as their identity, kept as the token's details, where the platform
 * reads it from the login's claim); everybody else has no client identity.
 */
public class TestClients implements CurrentClient {

    @Override
    public Optional<ClientIdentity> find() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getDetails() instanceof ClientIdentity client
                ? Optional.of(client) : Optional.empty();
    }

    /** Signs in a client identified by the personal number (null: a portal login without the number). */
    public static Actor signInClient(String personalNumber) {
        var actor = new Actor(UUID.randomUUID().toString(), "klient-" + UUID.randomUUID().toString().substring(0, 8),
                "Klient Testsson", Set.of(Roles.CLIENT), Set.of(), Set.of());
        TestActors.signIn(actor);
        if (personalNumber != null) {
            ((TestingAuthenticationToken) SecurityContextHolder.getContext().getAuthentication())
                    .setDetails(new ClientIdentity(personalNumber));
        }
        return actor;
    }

    /** Signs in a staff member whose token (wrongly) carries a personal number as a client identity would. */
    public static Actor signInWithIdentity(Actor staff, String personalNumber) {
        TestActors.signIn(staff);
        ((TestingAuthenticationToken) SecurityContextHolder.getContext().getAuthentication())
                .setDetails(new ClientIdentity(personalNumber));
        return staff;
    }
}
