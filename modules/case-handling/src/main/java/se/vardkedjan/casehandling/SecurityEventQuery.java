package se.vardkedjan.casehandling;

import java.time.Instant;

/**
 * A search of the security events (refused attempts) for review: by user and by period, each optional. {@code from}
 * must not be after {@code to}.
 */
public record SecurityEventQuery(String username, Instant from, Instant to) {

    public SecurityEventQuery {
        username = username == null || username.isBlank() ? null : username.strip();
        if (from != null && to != null && from.isAfter(to)) {
            throw new RuleViolation("casehandling.error.dates-in-wrong-order", "casehandling.access-log.from",
                    "casehandling.access-log.to");
        }
    }

    public static SecurityEventQuery everything() {
        return new SecurityEventQuery(null, null, null);
    }
}
