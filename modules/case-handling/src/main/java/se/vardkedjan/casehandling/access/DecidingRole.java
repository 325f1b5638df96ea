package se.vardkedjan.casehandling.access;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import se.vardkedjan.casehandling.domain.StaffNaming;
import se.vardkedjan.sharedkernel.Actor;
import se.vardkedjan.sharedkernel.Roles;
import se.vardkedjan.sharedkernel.UnitCode;

import java.util.Set;

/**
 * The role that decides who may see a protected person's cases, as the municipality sets it
 * ({@code vardkedjan.protected-identity.decided-by}): the unit manager by default, or the administrator. Its holders
 * decide for the units they belong to. Checked at start-up: any other value stops the application with a clear
 * message, since the work list and its view are open to these two roles only.
 */
@Component
public class DecidingRole {

    /** The roles a municipality may name. */
    public static final Set<String> ALLOWED = Set.of(Roles.UNIT_MANAGER, Roles.ADMINISTRATOR);

    private final String role;

    public DecidingRole(@Value("${vardkedjan.protected-identity.decided-by:" + Roles.UNIT_MANAGER + "}") String role) {
        if (!ALLOWED.contains(role)) {
            throw new IllegalStateException("vardkedjan.protected-identity.decided-by must be one of " + ALLOWED
                    + ", not '" + role + "'");
        }
        this.role = role;
    }

    /** The realm role's name, e.g. {@code unit_manager}. */
    public String role() {
        return role;
    }

    /** Whether the actor decides who may see the protected cases of the unit. */
    public boolean decidesFor(Actor actor, UnitCode unit) {
        return StaffNaming.decides(actor, role, unit);
    }

    /** Whether the actor holds the deciding role at all (in any unit). */
    public boolean heldBy(Actor actor) {
        return actor.hasRole(role);
    }
}
