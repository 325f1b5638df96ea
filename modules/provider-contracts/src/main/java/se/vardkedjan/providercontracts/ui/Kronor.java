package se.vardkedjan.providercontracts.ui;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

/** Money in öre shown as kronor the Swedish way: "12 345,50 kr" (a non-breaking space between the thousands). */
final class Kronor {

    private static final Locale SWEDISH = Locale.of("sv", "SE");

    private Kronor() {
    }

    static String format(long ore) {
        var format = NumberFormat.getNumberInstance(SWEDISH);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(BigDecimal.valueOf(ore, 2)).replace('\u2212', '-') + "\u00a0kr";
    }

    /** Hours the Swedish way: "7,5". */
    static String hours(BigDecimal hours) {
        var format = NumberFormat.getNumberInstance(SWEDISH);
        format.setMaximumFractionDigits(2);
        return format.format(hours == null ? BigDecimal.ZERO : hours);
    }
}
