package se.vardkedjan.casehandling;

import java.time.Instant;

/**
 * A search of the access log: by person, by user, by period (each optional), optionally only rows with hints.
 * {@code from} must not be after {@code to}. {@code upToId} pins a review to the rows that existed when its first page
 * was read (null: not pinned yet), so that the rows the review itself writes do not shift its later pages.
 */
public record AccessLogQuery(PersonId person, String username, Instant from, Instant to, boolean onlyWithHints,
                             Long upToId) {

    public AccessLogQuery {
        username = username == null || username.isBlank() ? null : username.strip();
        if (from != null && to != null && from.isAfter(to)) {
            throw new RuleViolation("casehandling.error.dates-in-wrong-order", "casehandling.access-log.from",
                    "casehandling.access-log.to");
        }
    }

    public AccessLogQuery(PersonId person, String username, Instant from, Instant to, boolean onlyWithHints) {
        this(person, username, from, to, onlyWithHints, null);
    }

    public static AccessLogQuery everything() {
        return new AccessLogQuery(null, null, null, null, false);
    }

    /** The same search, pinned to the rows up to the given id. */
    public AccessLogQuery upTo(long id) {
        return new AccessLogQuery(person, username, from, to, onlyWithHints, id);
    }
}
