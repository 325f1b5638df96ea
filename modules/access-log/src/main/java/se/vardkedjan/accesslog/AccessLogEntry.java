package se.vardkedjan.accesslog;

import se.vardkedjan.sharedkernel.CaseId;
import se.vardkedjan.sharedkernel.PersonId;
import se.vardkedjan.sharedkernel.UnitCode;

import java.time.Instant;
import java.util.Set;

/**
 * One access-log row as it was written, with the hints computed when reading it. A unit manager reviews it beside the
 * person's name from case handling's register; the client sees the rows about themselves (who has read their file).
 */
public record AccessLogEntry(long id, Instant occurredAt, String actorUsername, String actorName, PersonId personId,
                             CaseId caseId, UnitCode caseUnit, AccessKind kind, String what, Purpose purpose,
                             Set<AccessHint> hints) {

    public AccessLogEntry {
        hints = Set.copyOf(hints);
    }
}
