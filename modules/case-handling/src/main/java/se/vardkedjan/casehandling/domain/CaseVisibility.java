package se.vardkedjan.casehandling.domain;

import se.vardkedjan.sharedkernel.Actor;
import se.vardkedjan.sharedkernel.Roles;
import se.vardkedjan.sharedkernel.SecurityEvent;
import se.vardkedjan.sharedkernel.UnitCode;

import java.util.Optional;
import java.util.Set;

/**
 * Need-to-know for a case: caseworkers and unit managers see the cases of their own units; when the person's identity
 * is protected, only the staff named on the case. Nobody else sees case material through case handling (analysts see
 * group-level figures, providers their assignments, clients their released material, each through their own module).
 */
public final class CaseVisibility {

    private CaseVisibility() {
    }

    public static boolean allows(Actor actor, UnitCode caseUnit, boolean protectedIdentity, Set<String> namedStaff) {
        return refusal(actor, caseUnit, protectedIdentity, namedStaff).isEmpty();
    }

    /** Why the actor may not see the case, or empty when they may. */
    public static Optional<SecurityEvent.Reason> refusal(Actor actor, UnitCode caseUnit, boolean protectedIdentity,
                                                         Set<String> namedStaff) {
        if (!actor.hasRole(Roles.CASEWORKER) && !actor.hasRole(Roles.UNIT_MANAGER)) {
            return Optional.of(SecurityEvent.Reason.ROLE);
        }
        if (!actor.belongsTo(caseUnit)) {
            return Optional.of(SecurityEvent.Reason.OUTSIDE_UNITS);
        }
        if (protectedIdentity && !namedStaff.contains(actor.username())) {
            return Optional.of(SecurityEvent.Reason.PROTECTED_NOT_NAMED);
        }
        return Optional.empty();
    }

    /** Whether the actor may name staff on a protected case: a unit manager of the case's unit. */
    public static boolean mayNameStaff(Actor actor, UnitCode caseUnit) {
        return actor.hasRole(Roles.UNIT_MANAGER) && actor.belongsTo(caseUnit);
    }
}
