package se.vardkedjan.casehandling;

import se.vardkedjan.sharedkernel.CaseId;
import se.vardkedjan.sharedkernel.PersonId;
import se.vardkedjan.sharedkernel.UnitCode;

import java.time.Instant;
import java.util.Set;

/** One access-log row as a unit manager (or, for their own file, the client) sees it. */
public record AccessLogEntry(long id, Instant occurredAt, String actorUsername, String actorName, PersonId personId,
                             CaseId caseId, UnitCode caseUnit, AccessKind kind, String what, Purpose purpose,
                             Set<AccessHint> hints) {

    public AccessLogEntry {
        hints = Set.copyOf(hints);
    }
}
