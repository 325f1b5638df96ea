package se.vardkedjan.providercontracts.domain;

import se.vardkedjan.sharedkernel.RuleViolation;

import java.time.LocalDate;

/**
 * The dates an assignment can hold: 1900 to 2199, as case handling's records. A date picker lets a user type any
 * year, and a date beyond the database's calendar would otherwise fail as an SQL error; it is refused with a clear
 * message on its field instead.
 */
public final class AssignmentDates {

    public static final LocalDate FIRST = LocalDate.of(1900, 1, 1);
    public static final LocalDate LAST = LocalDate.of(2199, 12, 31);

    private AssignmentDates() {
    }

    /** The date (or null); refused outside {@link #FIRST} to {@link #LAST}, naming the field (its label key). */
    public static LocalDate check(String field, LocalDate date) {
        if (date != null && (date.isBefore(FIRST) || date.isAfter(LAST))) {
            throw RuleViolation.forField(field, "providercontracts.error.date-out-of-range", field, FIRST.toString(),
                    LAST.toString());
        }
        return date;
    }
}
