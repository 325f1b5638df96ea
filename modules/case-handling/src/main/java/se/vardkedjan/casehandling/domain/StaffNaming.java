package se.vardkedjan.casehandling.domain;

import se.vardkedjan.sharedkernel.Actor;
import se.vardkedjan.sharedkernel.FreeText;
import se.vardkedjan.sharedkernel.RuleViolation;
import se.vardkedjan.sharedkernel.UnitCode;

import java.util.Collection;
import java.util.Set;

import static se.vardkedjan.casehandling.domain.CaseFreeText.FREE_TEXT;

/**
 * Who may see a protected person's case is decided by someone other than the one who gets access: a holder of the
 * deciding role (by default the unit manager) in the case's unit names staff of that unit, with a reason, and never
 * themselves. The decider need not be named on the case and does not read it; to read it they are named by another.
 */
public final class StaffNaming {

    private StaffNaming() {
    }

    /** Whether the actor decides who may see the protected cases of the unit: they hold the deciding role there. */
    public static boolean decides(Actor actor, String decidingRole, UnitCode unit) {
        return actor.hasRole(decidingRole) && actor.belongsTo(unit);
    }

    /**
     * Checks a naming and returns the reason as it is stored.
     *
     * @param nomineeSubject the Keycloak subject the nominee's username is bound to, or null when they never signed in
     * @param unitStaff      the active staff of the case's unit in the organisation register, by username
     * @param alreadyNamed   the usernames named on the case now
     * @throws RuleViolation when the decider names themselves (by username or by the subject the name is bound to:
     *                       the facade refuses that first, as a refusal it records)
     * @throws RuleViolation when the nominee is missing, not active staff of the unit, already named, or the reason is
     *                       missing
     */
    /** Whether the decider would name themselves: by their username, or by the subject the nominee's name is bound to. */
    public static boolean namesThemselves(Actor by, String nominee, String nomineeSubject) {
        return nominee != null && (nominee.strip().equals(by.username()) || by.subject().equals(nomineeSubject));
    }

    public static String checkNaming(Actor by, String nominee, String nomineeSubject, Set<String> unitStaff,
                                     Collection<String> alreadyNamed, String reason) {
        if (nominee == null || nominee.isBlank()) {
            throw new RuleViolation("casehandling.error.staff-required");
        }
        if (namesThemselves(by, nominee, nomineeSubject)) {
            throw new RuleViolation("casehandling.protected.error.self-naming");
        }
        if (!unitStaff.contains(nominee)) {
            throw new RuleViolation("casehandling.protected.error.not-unit-staff");
        }
        if (alreadyNamed.contains(nominee)) {
            throw new RuleViolation("casehandling.protected.error.already-named");
        }
        return FREE_TEXT.required("casehandling.protected.reason", reason, FreeText.SHORT * 2);
    }
}
