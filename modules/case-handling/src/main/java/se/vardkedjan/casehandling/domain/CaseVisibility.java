package se.vardkedjan.casehandling.domain;

import se.vardkedjan.sharedkernel.Actor;
import se.vardkedjan.sharedkernel.Roles;
import se.vardkedjan.sharedkernel.SecurityEvent;
import se.vardkedjan.sharedkernel.UnitCode;

import java.util.Optional;
import java.util.Set;

/**
 * Need-to-know for a case: caseworkers and unit managers see the cases of their own units; when the person's identity
 * is protected, only the staff named on the case, recognised by their Keycloak subject (not by the username, which an
 * account can change). Nobody else sees case material through case handling (analysts see group-level figures,
 * providers their assignments, clients their released material, each through their own module).
 */
public final class CaseVisibility {

    private CaseVisibility() {
    }

    /**
     * @param namedSubjects the Keycloak subjects of the staff named on the case (those bound so far)
     */
    public static boolean allows(Actor actor, UnitCode caseUnit, boolean protectedIdentity, Set<String> namedSubjects) {
        return refusal(actor, caseUnit, protectedIdentity, namedSubjects).isEmpty();
    }

    /** Why the actor may not see the case, or empty when they may. */
    public static Optional<SecurityEvent.Reason> refusal(Actor actor, UnitCode caseUnit, boolean protectedIdentity,
                                                         Set<String> namedSubjects) {
        if (!actor.hasRole(Roles.CASEWORKER) && !actor.hasRole(Roles.UNIT_MANAGER)) {
            return Optional.of(SecurityEvent.Reason.ROLE);
        }
        if (!actor.belongsTo(caseUnit)) {
            return Optional.of(SecurityEvent.Reason.OUTSIDE_UNITS);
        }
        if (protectedIdentity && !namedSubjects.contains(actor.subject())) {
            return Optional.of(SecurityEvent.Reason.PROTECTED_NOT_NAMED);
        }
        return Optional.empty();
    }

    /** Whether the actor is a unit manager of the unit (approves decisions there, distributes its cases). */
    public static boolean managesUnit(Actor actor, UnitCode unit) {
        return actor.hasRole(Roles.UNIT_MANAGER) && actor.belongsTo(unit);
    }
}
