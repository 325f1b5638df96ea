package se.vardkedjan.casehandling.domain;

import se.vardkedjan.casehandling.InterventionType;
import se.vardkedjan.sharedkernel.Roles;
import se.vardkedjan.sharedkernel.RuleViolation;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * The municipality's delegation rules (delegationsordning) as decisions follow them: for each intervention type, the
 * lowest role that may decide it. The organisation keeps and changes the rules (ADR 0020); the facade reads them into
 * this value when a decision is made or approved. A unit manager may decide whatever a caseworker may. A type without
 * a rule is for the unit manager. Help given as a service without decision is not a decision, so delegation does not
 * apply to it.
 */
public final class Delegation {

    private final Map<InterventionType, String> lowestRole;

    /** @param lowestRole per type, {@link Roles#CASEWORKER} or {@link Roles#UNIT_MANAGER} */
    public Delegation(Map<InterventionType, String> lowestRole) {
        this.lowestRole = lowestRole.isEmpty() ? new EnumMap<>(InterventionType.class) : new EnumMap<>(lowestRole);
        this.lowestRole.values().forEach(role -> {
            if (!Roles.CASEWORKER.equals(role) && !Roles.UNIT_MANAGER.equals(role)) {
                throw new IllegalArgumentException("Delegation to an unknown role " + role);
            }
        });
    }

    /** The text key naming the delegation a decision was made on, in the decision document. */
    public static String decidedOnTextKey(String role) {
        return switch (role) {
            case Roles.CASEWORKER -> "casehandling.decision.delegation.caseworker";
            case Roles.UNIT_MANAGER -> "casehandling.decision.delegation.unit_manager";
            default -> throw new IllegalArgumentException("Not a delegation level: " + role);
        };
    }

    /** Whether help of this type is a decision at all (a service without decision is not). */
    public static boolean needsDecision(InterventionType type) {
        return type != InterventionType.SERVICE_WITHOUT_DECISION;
    }

    /** The lowest role that may decide the type; null for a service without decision. */
    public String requiredRole(InterventionType type) {
        if (!needsDecision(type)) {
            return null;
        }
        return lowestRole.getOrDefault(type, Roles.UNIT_MANAGER);
    }

    /** Whether someone with these roles may decide an intervention of this type. */
    public boolean allows(Set<String> roles, InterventionType type) {
        var required = requiredRole(type);
        if (required == null || roles.contains(Roles.UNIT_MANAGER)) {
            return true;
        }
        return Roles.CASEWORKER.equals(required) && roles.contains(Roles.CASEWORKER);
    }

    /** The level a set of types needs: unit manager if any needs it, else caseworker; null when none is a decision. */
    public String requiredLevel(Collection<InterventionType> types) {
        String level = null;
        for (var type : types) {
            var required = requiredRole(type);
            if (Roles.UNIT_MANAGER.equals(required)) {
                return Roles.UNIT_MANAGER;
            }
            if (required != null) {
                level = required;
            }
        }
        return level;
    }
}
