package se.vardkedjan.providercontracts;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A day reported on an assignment: a care day (vårddygn, {@code hours} null) or the hours given that day for an
 * hour-priced contract.
 */
public record ReportedDay(LocalDate day, BigDecimal hours) {

    /** A care day. */
    public static ReportedDay careDay(LocalDate day) {
        return new ReportedDay(day, null);
    }
}
