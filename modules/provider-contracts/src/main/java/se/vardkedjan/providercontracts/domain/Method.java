package se.vardkedjan.providercontracts.domain;

import se.vardkedjan.casehandling.InterventionType;
import se.vardkedjan.providercontracts.MethodCode;
import se.vardkedjan.providercontracts.MethodInput;
import se.vardkedjan.sharedkernel.RuleViolation;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A method of the intervention catalogue (e.g. relapse prevention, CBT, IPS): a refinement of one or more of case
 * handling's intervention types, with the national guidelines' recommendation as a reference the administrator keeps
 * (a priority 1-10, {@code FOU} for research and development only, {@code ICKE_GORA} for "do not"; both may be empty
 * where none is confirmed). Never removed: deactivated instead.
 */
public record Method(MethodCode code, String nameSv, String nameEn, Set<InterventionType> interventionTypes,
                     String guidelinePriority, String guidelineReference, boolean active, long version) {

    static final String CODE = "providercontracts.method.code";
    static final String NAME_SV = "providercontracts.method.name-sv";
    static final String NAME_EN = "providercontracts.method.name-en";
    static final String TYPES = "providercontracts.method.intervention-types";
    static final String PRIORITY = "providercontracts.method.guideline-priority";
    static final String REFERENCE = "providercontracts.method.guideline-reference";

    private static final Pattern CODE_FORMAT = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");
    private static final Pattern PRIORITY_FORMAT = Pattern.compile("10|[1-9]|FOU|ICKE_GORA");

    public Method {
        interventionTypes = Set.copyOf(interventionTypes);
    }

    /** A new method from what the administrator typed; the code is upper-cased. */
    public static Method add(MethodInput input) {
        var typed = ProviderText.requiredLine(CODE, input.code(), 40).toUpperCase(Locale.ROOT);
        if (!CODE_FORMAT.matcher(typed).matches()) {
            throw RuleViolation.forField(CODE, "providercontracts.error.method-code-invalid", typed);
        }
        return describe(new MethodCode(typed), input, true, 0);
    }

    /** The same method with changed names, intervention types and recommendation; its code stays. */
    public Method describedAs(MethodInput input) {
        return describe(code, input, active, version);
    }

    /** Deactivated: no new contract covers it; or active again. */
    public Method withActive(boolean nowActive) {
        return new Method(code, nameSv, nameEn, interventionTypes, guidelinePriority, guidelineReference, nowActive,
                version);
    }

    private static Method describe(MethodCode code, MethodInput input, boolean active, long version) {
        var nameSv = ProviderText.requiredLine(NAME_SV, input.nameSv(), ProviderText.SHORT);
        var nameEn = ProviderText.requiredLine(NAME_EN, input.nameEn(), ProviderText.SHORT);
        if (input.interventionTypes() == null || input.interventionTypes().isEmpty()) {
            throw RuleViolation.forField(TYPES, "providercontracts.error.intervention-types-required");
        }
        var priority = ProviderText.optionalLine(PRIORITY, input.guidelinePriority(), 16);
        if (priority != null) {
            priority = priority.toUpperCase(Locale.ROOT);
            if (!PRIORITY_FORMAT.matcher(priority).matches()) {
                throw RuleViolation.forField(PRIORITY, "providercontracts.error.guideline-priority-invalid");
            }
        }
        var reference = ProviderText.optionalLine(REFERENCE, input.guidelineReference(), 400);
        return new Method(code, nameSv, nameEn, input.interventionTypes(), priority, reference, active, version);
    }
}
