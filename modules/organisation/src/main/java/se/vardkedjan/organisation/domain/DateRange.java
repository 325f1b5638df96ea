package se.vardkedjan.organisation.domain;

import se.vardkedjan.sharedkernel.RuleViolation;

import java.time.LocalDate;

/**
 * The dates the organisation's records can hold: from 1900 to 2199, as case handling's. A date picker lets a user type
 * any year, and a crafted request can send a date beyond the database's calendar; both are refused with a clear
 * message. Rules about order come on top, field by field.
 */
public final class DateRange {

    public static final LocalDate FIRST = LocalDate.of(1900, 1, 1);
    public static final LocalDate LAST = LocalDate.of(2199, 12, 31);

    private DateRange() {
    }

    /**
     * The date, or {@code null} when there is none; refused when it falls outside {@link #FIRST} to {@link #LAST}.
     *
     * @param field the text key of the field's label, named in the error
     */
    public static LocalDate check(String field, LocalDate date) {
        if (date != null && (date.isBefore(FIRST) || date.isAfter(LAST))) {
            throw new RuleViolation("organisation.error.date-out-of-range", field, FIRST.toString(), LAST.toString());
        }
        return date;
    }
}
