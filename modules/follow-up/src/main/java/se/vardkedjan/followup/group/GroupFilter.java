package se.vardkedjan.followup.group;

import se.vardkedjan.sharedkernel.RuleViolation;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * What the group views are filtered by, validated here and nowhere else (ADR 0031): a period (both days included, at
 * most ten years), and any of districts, units, providers, intervention types, methods, sexes and age groups (an
 * empty set: all). Codes are checked against the register's formats, so a filter is safe to pass as SQL parameters.
 */
public record GroupFilter(LocalDate from, LocalDate to, Set<String> districts, Set<String> units,
                          Set<UUID> providers, Set<String> interventionTypes, Set<String> methods, Set<Sex> sexes,
                          Set<AgeGroup> ageGroups) {

    public static final String PERIOD = "followup.group.filter.period";
    private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
    private static final Pattern TYPE = Pattern.compile("[A-Z][A-Z_]{1,31}");
    private static final Pattern METHOD = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");

    public GroupFilter {
        if (from == null || to == null) {
            throw RuleViolation.forField(PERIOD, "followup.group.error.period-required");
        }
        if (to.isBefore(from)) {
            throw RuleViolation.forField(PERIOD, "followup.group.error.period-order");
        }
        if (from.plusYears(10).isBefore(to)) {
            throw RuleViolation.forField(PERIOD, "followup.group.error.period-too-long");
        }
        districts = codes(districts, CODE);
        units = codes(units, CODE);
        providers = providers == null ? Set.of() : Set.copyOf(providers);
        interventionTypes = codes(interventionTypes, TYPE);
        methods = codes(methods, METHOD);
        sexes = sexes == null ? Set.of() : Set.copyOf(sexes);
        ageGroups = ageGroups == null ? Set.of() : Set.copyOf(ageGroups);
    }

    /** The whole period and no other filter. */
    public static GroupFilter period(LocalDate from, LocalDate to) {
        return new GroupFilter(from, to, Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of());
    }

    public GroupFilter withDistricts(Set<String> codes) {
        return new GroupFilter(from, to, codes, units, providers, interventionTypes, methods, sexes, ageGroups);
    }

    public GroupFilter withUnits(Set<String> codes) {
        return new GroupFilter(from, to, districts, codes, providers, interventionTypes, methods, sexes, ageGroups);
    }

    public GroupFilter withSexes(Set<Sex> chosen) {
        return new GroupFilter(from, to, districts, units, providers, interventionTypes, methods, chosen, ageGroups);
    }

    public GroupFilter withAgeGroups(Set<AgeGroup> chosen) {
        return new GroupFilter(from, to, districts, units, providers, interventionTypes, methods, sexes, chosen);
    }

    public GroupFilter withInterventionTypes(Set<String> chosen) {
        return new GroupFilter(from, to, districts, units, providers, chosen, methods, sexes, ageGroups);
    }

    public GroupFilter withMethods(Set<String> chosen) {
        return new GroupFilter(from, to, districts, units, providers, interventionTypes, chosen, sexes, ageGroups);
    }

    public GroupFilter withProviders(Set<UUID> chosen) {
        return new GroupFilter(from, to, districts, units, chosen, interventionTypes, methods, sexes, ageGroups);
    }

    private static Set<String> codes(Set<String> given, Pattern format) {
        if (given == null) {
            return Set.of();
        }
        for (var code : given) {
            if (code == null || !format.matcher(code).matches()) {
                throw new RuleViolation("followup.group.error.unknown-code");
            }
        }
        return Set.copyOf(given);
    }
}
