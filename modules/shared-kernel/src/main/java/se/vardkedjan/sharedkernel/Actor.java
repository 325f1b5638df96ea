package se.vardkedjan.sharedkernel;

import java.util.Objects;
import java.util.Set;

/**
 * Who is acting: the signed-in user as the identity provider describes them. {@code subject} is the stable,
 * non-personal id from Keycloak and is what logs and access-log rows name; {@code username} is the account name staff
 * registers and named-staff lists use; {@code displayName} is for the screen only.
 */
public record Actor(String subject, String username, String displayName, Set<String> roles, Set<UnitCode> units,
                    Set<ProviderOrganisationCode> providerOrganisations) {

    public Actor {
        Objects.requireNonNull(subject, "subject");
        username = username == null ? subject : username;
        displayName = displayName == null ? "" : displayName;
        roles = Set.copyOf(roles);
        units = Set.copyOf(units);
        providerOrganisations = Set.copyOf(providerOrganisations);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    public boolean hasAnyRole(Iterable<String> candidates) {
        for (var role : candidates) {
            if (roles.contains(role)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the actor belongs to the unit (through the identity provider's unit groups). */
    public boolean belongsTo(UnitCode unit) {
        return units.contains(unit);
    }

    public boolean isStaff() {
        return hasAnyRole(Roles.STAFF);
    }
}
