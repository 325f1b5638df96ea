package se.vardkedjan.providercontracts;

import java.math.BigDecimal;
import java.time.YearMonth;

/** A provider's cost of one month over all its assignments, in öre: no personal data. */
public record ProviderMonthCost(ProviderId provider, YearMonth month, long costOre, long days, BigDecimal hours,
                                int assignments) {
}
