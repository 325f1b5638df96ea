package se.vardkedjan.accesslog;

import se.vardkedjan.sharedkernel.RuleViolation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.regex.Pattern;

/**
 * The checks a review's filter passes before any query ({@link AccessLogQuery}, {@link SecurityEventQuery}): a username
 * of bounded length without control characters (PostgreSQL cannot even compare a NUL), and a period whose ends are
 * days a record can hold (1900–2199) in the right order. Refusals are text-keyed, so the view shows them in words.
 */
final class ReviewFilter {

    /** The longest username filter (usernames are at most this long). */
    static final int USERNAME_MAX_LENGTH = 100;

    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\r\\n\\t]]");
    private static final LocalDate FIRST = LocalDate.of(1900, 1, 1);
    private static final LocalDate LAST = LocalDate.of(2199, 12, 31);
    private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

    private ReviewFilter() {
    }

    /** The username to filter by, stripped; null when blank. */
    static String username(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        var text = value.strip();
        if (text.length() > USERNAME_MAX_LENGTH) {
            throw new RuleViolation("accesslog.error.text-too-long", "accesslog.filter.user", USERNAME_MAX_LENGTH,
                    text.length());
        }
        if (CONTROL.matcher(text).find()) {
            throw new RuleViolation("accesslog.error.text-control-characters", "accesslog.filter.user");
        }
        return text;
    }

    /** Refuses a period's end outside the dates a record can hold, and a start after the end. */
    static void period(Instant from, Instant to) {
        day("accesslog.filter.from", from);
        day("accesslog.filter.to", to);
        if (from != null && to != null && from.isAfter(to)) {
            throw new RuleViolation("accesslog.error.dates-in-wrong-order", "accesslog.filter.from",
                    "accesslog.filter.to");
        }
    }

    private static void day(String field, Instant at) {
        if (at == null) {
            return;
        }
        var date = at.atZone(SWEDEN).toLocalDate();
        if (date.isBefore(FIRST) || date.isAfter(LAST)) {
            throw new RuleViolation("accesslog.error.date-out-of-range", field, FIRST.toString(), LAST.toString());
        }
    }
}
