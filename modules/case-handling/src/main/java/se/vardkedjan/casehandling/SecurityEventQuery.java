package se.vardkedjan.casehandling;

import se.vardkedjan.casehandling.domain.DateRange;
import se.vardkedjan.casehandling.domain.FreeText;
import se.vardkedjan.sharedkernel.RuleViolation;

import java.time.Instant;

/**
 * A search of the security events (refused attempts) for review: by user and by period, each optional. {@code from}
 * must not be after {@code to}; the username and the period are checked as in {@link AccessLogQuery}.
 */
public record SecurityEventQuery(String username, Instant from, Instant to) {

    public SecurityEventQuery {
        username = FreeText.searchTerm("casehandling.staff.access-log.user", username,
                AccessLogQuery.USERNAME_MAX_LENGTH);
        DateRange.check("casehandling.access-log.from", from);
        DateRange.check("casehandling.access-log.to", to);
        if (from != null && to != null && from.isAfter(to)) {
            throw new RuleViolation("casehandling.error.dates-in-wrong-order", "casehandling.access-log.from",
                    "casehandling.access-log.to");
        }
    }

    public static SecurityEventQuery everything() {
        return new SecurityEventQuery(null, null, null);
    }
}
