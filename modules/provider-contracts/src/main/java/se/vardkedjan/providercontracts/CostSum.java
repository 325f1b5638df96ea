package se.vardkedjan.providercontracts;

import java.math.BigDecimal;

/**
 * A cost summed over assignments: no personal data, only sums.
 *
 * @param key         the value summed by: the type's or method's code, the provider's id, the unit's or district's
 *                    code, or the month as yyyy-MM
 * @param name        a readable name where one exists (the provider's, the district's), else the key
 * @param costOre     the cost in öre
 * @param days        the days counted (care days, or days with hours)
 * @param hours       the hours counted (hour-priced contracts)
 * @param assignments how many assignments had days counted
 */
public record CostSum(String key, String name, long costOre, long days, BigDecimal hours, int assignments) {
}
