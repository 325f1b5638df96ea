package se.vardkedjan.providercontracts.domain;

import org.junit.jupiter.api.Test;
import se.vardkedjan.providercontracts.PriceUnit;

import java.math.BigDecimal;
import java.time.YearMonth;

import static org.assertj.core.api.Assertions.assertThat;

class PricingTests {

    private static final YearMonth FEBRUARY = YearMonth.of(2026, 2);
    private static final YearMonth LEAP_FEBRUARY = YearMonth.of(2028, 2);
    private static final YearMonth JANUARY = YearMonth.of(2026, 1);

    @Test
    void careDaysCostThePriceEach() {
        assertThat(Pricing.cost(PriceUnit.CARE_DAY, 250_000, JANUARY, 31, BigDecimal.ZERO, true))
                .isEqualTo(7_750_000);
        assertThat(Pricing.cost(PriceUnit.CARE_DAY, 250_000, JANUARY, 0, BigDecimal.ZERO, true)).isZero();
    }

    @Test
    void hoursCostThePricePerHourRoundedToTheOreOncePerMonth() {
        assertThat(Pricing.cost(PriceUnit.HOUR, 95_000, JANUARY, 3, new BigDecimal("4.50"), false))
                .isEqualTo(427_500);
        // 0.01 h × 333 öre = 3.33 öre, rounded half up to 3
        assertThat(Pricing.cost(PriceUnit.HOUR, 333, JANUARY, 1, new BigDecimal("0.01"), false)).isEqualTo(3);
        assertThat(Pricing.cost(PriceUnit.HOUR, 50, JANUARY, 1, new BigDecimal("0.01"), false)).isEqualTo(1);
    }

    @Test
    void aMonthsPriceIsProRataOfTheDaysOfTheCalendarMonth() {
        // every day of February: the whole price, whether it has 28 or 29 days
        assertThat(Pricing.cost(PriceUnit.MONTH, 3_000_000, FEBRUARY, 28, BigDecimal.ZERO, false))
                .isEqualTo(3_000_000);
        assertThat(Pricing.cost(PriceUnit.MONTH, 3_000_000, LEAP_FEBRUARY, 29, BigDecimal.ZERO, false))
                .isEqualTo(3_000_000);
        // 14 of February's 28 days: half; 14 of a leap February's 29: 3 000 000 × 14 / 29 = 1 448 275.86 -> 1 448 276
        assertThat(Pricing.cost(PriceUnit.MONTH, 3_000_000, FEBRUARY, 14, BigDecimal.ZERO, false))
                .isEqualTo(1_500_000);
        assertThat(Pricing.cost(PriceUnit.MONTH, 3_000_000, LEAP_FEBRUARY, 14, BigDecimal.ZERO, false))
                .isEqualTo(1_448_276);
        // 12 of January's 31 days: 3 000 000 × 12 / 31 = 1 161 290.32 -> 1 161 290
        assertThat(Pricing.cost(PriceUnit.MONTH, 3_000_000, JANUARY, 12, BigDecimal.ZERO, false))
                .isEqualTo(1_161_290);
    }

    @Test
    void aFixedPriceIsChargedOnceInTheMonthOfTheFirstDay() {
        assertThat(Pricing.cost(PriceUnit.FIXED, 5_000_000, JANUARY, 10, BigDecimal.ZERO, true))
                .isEqualTo(5_000_000);
        assertThat(Pricing.cost(PriceUnit.FIXED, 5_000_000, FEBRUARY, 28, BigDecimal.ZERO, false)).isZero();
        assertThat(Pricing.cost(PriceUnit.FIXED, 5_000_000, FEBRUARY, 0, BigDecimal.ZERO, true)).isZero();
    }
}
