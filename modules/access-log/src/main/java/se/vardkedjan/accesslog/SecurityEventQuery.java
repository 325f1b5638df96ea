package se.vardkedjan.accesslog;

import java.time.Instant;

/**
 * A search of the security events (refused attempts) for review: by user and by period, each optional. {@code from}
 * must not be after {@code to}; the username and the period are checked as in {@link AccessLogQuery}.
 */
public record SecurityEventQuery(String username, Instant from, Instant to) {

    public SecurityEventQuery {
        username = ReviewFilter.username(username);
        ReviewFilter.period(from, to);
    }

    public static SecurityEventQuery everything() {
        return new SecurityEventQuery(null, null, null);
    }
}
