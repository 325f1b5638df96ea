package se.vardkedjan.casehandling.readmodel;

import se.vardkedjan.accesslog.AccessLogQuery;

import java.util.List;

/**
 * A page of the access-log review, and the newest row id it was read up to: the next pages pass it back
 * ({@link AccessLogQuery#upTo}), so that they are read from the same rows.
 */
public record AccessLogPage(List<AccessLogLine> lines, long upToId) {

    public AccessLogPage {
        lines = List.copyOf(lines);
    }
}
