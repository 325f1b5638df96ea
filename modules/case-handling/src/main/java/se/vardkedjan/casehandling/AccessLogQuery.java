package se.vardkedjan.casehandling;

import java.time.Instant;

/**
 * A search of the access log: by person, by user, by period (each optional), optionally only rows with hints.
 * {@code from} must not be after {@code to}.
 */
public record AccessLogQuery(PersonId person, String username, Instant from, Instant to, boolean onlyWithHints) {

    public AccessLogQuery {
        username = username == null || username.isBlank() ? null : username.strip();
        if (from != null && to != null && from.isAfter(to)) {
            throw new RuleViolation("casehandling.error.dates-in-wrong-order", "casehandling.access-log.from",
                    "casehandling.access-log.to");
        }
    }

    public static AccessLogQuery everything() {
        return new AccessLogQuery(null, null, null, null, false);
    }
}
