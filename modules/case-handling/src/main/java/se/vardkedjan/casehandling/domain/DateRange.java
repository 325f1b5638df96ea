package se.vardkedjan.casehandling.domain;

import se.vardkedjan.sharedkernel.FreeText;
import se.vardkedjan.sharedkernel.RuleViolation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The dates a record of ours can hold: from 1900 to 2199. A date picker lets a user type any year, and a crafted
 * request can send a date beyond the database's calendar (which then fails with an SQL error) or a thousand years
 * back; both are refused with a clear message, as {@link FreeText} refuses text that cannot be stored. Rules about
 * order and the future come on top, field by field.
 */
public final class DateRange {

    public static final LocalDate FIRST = LocalDate.of(1900, 1, 1);
    public static final LocalDate LAST = LocalDate.of(2199, 12, 31);

    private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

    private DateRange() {
    }

    /**
     * The date, or {@code null} when there is none; refused when it falls outside {@link #FIRST} to {@link #LAST}.
     *
     * @param field the text key of the field's label, named in the error
     */
    public static LocalDate check(String field, LocalDate date) {
        if (date != null && (date.isBefore(FIRST) || date.isAfter(LAST))) {
            throw new RuleViolation("casehandling.error.date-out-of-range", field, FIRST.toString(), LAST.toString());
        }
        return date;
    }

    /** A point in time from a date someone chose (a period's start or end), refused as {@link #check} does. */
    public static Instant check(String field, Instant at) {
        if (at != null) {
            check(field, at.atZone(SWEDEN).toLocalDate());
        }
        return at;
    }
}
