package se.vardkedjan.accesslog;

import se.vardkedjan.sharedkernel.CaseId;
import se.vardkedjan.sharedkernel.PersonId;

import java.time.Instant;

/**
 * A search of the access log: by person, by user, by period (each optional), optionally only rows with hints.
 * {@code from} must not be after {@code to}; the username is at most {@value #USERNAME_MAX_LENGTH} characters without
 * control characters, and the period's ends are days from 1900 to 2199. {@code upToId} pins a review to the rows that
 * existed when its first page was read (null: not pinned yet), so that the rows the review itself writes do not shift
 * its later pages. {@code caseId} limits it to the rows about one case (the case page's own log), or null.
 */
public record AccessLogQuery(PersonId person, String username, Instant from, Instant to, boolean onlyWithHints,
                             Long upToId, CaseId caseId) {

    public AccessLogQuery {
        username = ReviewFilter.username(username);
        ReviewFilter.period(from, to);
    }

    /** The longest username filter (usernames are at most this long). */
    public static final int USERNAME_MAX_LENGTH = ReviewFilter.USERNAME_MAX_LENGTH;

    public AccessLogQuery(PersonId person, String username, Instant from, Instant to, boolean onlyWithHints) {
        this(person, username, from, to, onlyWithHints, null, null);
    }

    public AccessLogQuery(PersonId person, String username, Instant from, Instant to, boolean onlyWithHints,
                          Long upToId) {
        this(person, username, from, to, onlyWithHints, upToId, null);
    }

    /** Every row about one case. */
    public static AccessLogQuery forCase(CaseId caseId) {
        return new AccessLogQuery(null, null, null, null, false, null, java.util.Objects.requireNonNull(caseId));
    }

    public static AccessLogQuery everything() {
        return new AccessLogQuery(null, null, null, null, false);
    }

    /** The same search, pinned to the rows up to the given id. */
    public AccessLogQuery upTo(long id) {
        return new AccessLogQuery(person, username, from, to, onlyWithHints, id, caseId);
    }
}
