package se.vardkedjan.organisation.domain;

import se.vardkedjan.sharedkernel.Roles;
import se.vardkedjan.sharedkernel.RuleViolation;

import java.util.List;

/**
 * The levels a delegation rule (delegationsordning) may name and how a change of a rule is checked. A rule names, for
 * one intervention type that is decided (by the code case handling gives it, e.g. {@code OUTPATIENT}), the lowest
 * role that may decide it. How decisions follow the rules is case handling's part.
 */
public final class DelegationLevels {

    /** The roles a rule may name, lowest first. */
    public static final List<String> LEVELS = List.of(Roles.CASEWORKER, Roles.UNIT_MANAGER);

    private DelegationLevels() {
    }

    /**
     * Checks a change of the rule for a type from the role it names now to another one: the new role one of
     * {@link #LEVELS}, and different from the current one.
     *
     * @throws RuleViolation with a text key naming what is wrong
     */
    public static void checkChange(String type, String current, String proposed) {
        if (type == null || type.isBlank()) {
            throw new RuleViolation("organisation.delegation-rules.error.type-required");
        }
        if (proposed == null || proposed.isBlank()) {
            throw new RuleViolation("organisation.delegation-rules.error.level-required");
        }
        if (!LEVELS.contains(proposed)) {
            throw new RuleViolation("organisation.delegation-rules.error.level-unknown", proposed);
        }
        if (proposed.equals(current)) {
            throw new RuleViolation("organisation.delegation-rules.error.unchanged", typeTextKey(type),
                    levelTextKey(proposed));
        }
    }

    /** The text key naming a delegation level in the delegation rules. ADR 0019: a whole literal per level. */
    public static String levelTextKey(String role) {
        return switch (role) {
            case Roles.CASEWORKER -> "organisation.delegation-rules.level.caseworker";
            case Roles.UNIT_MANAGER -> "organisation.delegation-rules.level.unit_manager";
            default -> throw new IllegalArgumentException("Not a delegation level: " + role);
        };
    }

    /**
     * The text key naming an intervention type the rules cover, by its code. ADR 0019: a whole literal per type; a
     * code without a text here (a type case handling added later) is answered as it is, and shown as it is.
     */
    public static String typeTextKey(String type) {
        return switch (type) {
            case "OUTPATIENT" -> "organisation.delegation-rules.type.OUTPATIENT";
            case "RESIDENTIAL" -> "organisation.delegation-rules.type.RESIDENTIAL";
            case "SUPPORTED_HOUSING" -> "organisation.delegation-rules.type.SUPPORTED_HOUSING";
            case "CONTACT_PERSON" -> "organisation.delegation-rules.type.CONTACT_PERSON";
            case "OCCUPATION" -> "organisation.delegation-rules.type.OCCUPATION";
            default -> type;
        };
    }
}
