package se.vardkedjan.sharedkernel;

import java.util.Optional;

/**
 * The signed-in user of the current request or UI. Facades ask it before they read or change anything; the platform
 * provides it from the security context.
 */
public interface CurrentActor {

    /** The signed-in user, or empty when nobody is signed in. */
    Optional<Actor> find();

    /** The signed-in user; throws when nobody is signed in. */
    default Actor require() {
        return find().orElseThrow(() -> new IllegalStateException("No signed-in user"));
    }
}
