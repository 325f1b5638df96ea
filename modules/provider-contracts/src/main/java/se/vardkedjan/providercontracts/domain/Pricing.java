package se.vardkedjan.providercontracts.domain;

import se.vardkedjan.providercontracts.PriceUnit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;

/**
 * The cost of what was reported on an assignment in one calendar month, priced by its contract (ADR 0026), in öre:
 * <ul>
 * <li>CARE_DAY: the price × the care days counted (after corrections);</li>
 * <li>HOUR: the price × the month's hours (in hundredths), rounded half up to the öre once per month;</li>
 * <li>MONTH: pro rata: the price × the days counted ÷ the month's length, rounded half up (a whole month with every day
 *     reported costs the price exactly, a stay from the 20th the part it lasted);</li>
 * <li>FIXED: the price once per assignment, in the month of its first counted day; nothing in other months.</li>
 * </ul>
 */
public final class Pricing {

    private Pricing() {
    }

    /**
     * @param days       the days counted in the month (care days, or days with hours)
     * @param hours      the month's hours counted (zero when the contract is not hour-priced)
     * @param firstMonth whether the month holds the assignment's first counted day (FIXED is priced then)
     */
    public static long cost(PriceUnit unit, long priceOre, YearMonth month, long days, BigDecimal hours,
                            boolean firstMonth) {
        if (days < 0 || priceOre < 0) {
            throw new IllegalArgumentException("negative days or price");
        }
        return switch (unit) {
            case CARE_DAY -> Math.multiplyExact(priceOre, days);
            case HOUR -> BigDecimal.valueOf(priceOre).multiply(hours == null ? BigDecimal.ZERO : hours)
                    .setScale(0, RoundingMode.HALF_UP).longValueExact();
            case MONTH -> BigDecimal.valueOf(priceOre).multiply(BigDecimal.valueOf(Math.min(days,
                            month.lengthOfMonth())))
                    .divide(BigDecimal.valueOf(month.lengthOfMonth()), 0, RoundingMode.HALF_UP).longValueExact();
            case FIXED -> firstMonth && days > 0 ? priceOre : 0;
        };
    }
}
