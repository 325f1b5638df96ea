package se.vardkedjan.providercontracts;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

/**
 * The cost of one assignment: per calendar month with counted days, and in all, in öre, priced by its contract.
 *
 * @param priceUnit what the contract prices per; null when the assignment has no contract yet
 * @param priceOre  the contract's price in öre
 */
public record AssignmentCost(AssignmentId assignmentId, PriceUnit priceUnit, long priceOre, List<Month> months,
                             long totalOre) {

    public record Month(YearMonth month, long days, BigDecimal hours, long costOre) {
    }
}
