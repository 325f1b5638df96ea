package se.vardkedjan.sharedkernel;

import java.util.Objects;

/**
 * A user signed in successfully: the platform publishes it synchronously, in the login request, with the ordinary
 * application event publisher; modules that keep an account register listen with a plain {@code @EventListener}
 * (never a transactional or module listener: it must not be stored in the event publication table, since an actor
 * carries a name).
 */
public record SignedIn(Actor actor) {

    public SignedIn {
        Objects.requireNonNull(actor, "actor");
    }
}
