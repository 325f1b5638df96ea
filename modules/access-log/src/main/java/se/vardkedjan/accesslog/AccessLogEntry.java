package se.vardkedjan.accesslog;

import se.vardkedjan.sharedkernel.CaseId;
import se.vardkedjan.sharedkernel.PersonId;
import se.vardkedjan.sharedkernel.UnitCode;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * One access-log row as it was written, with the hints computed when reading it. A unit manager reviews it beside the
 * person's name from case handling's register; the client sees the rows about themselves (who has read their file).
 *
 * <p>In the review, one entry stands for a page opened: every row one page visit wrote about one person, through one
 * case, of one kind and purpose ({@link AccessLog#searchVisits}). {@code parts} are then the parts read, in the order
 * read and each once, {@code what} the first of them, {@code rows} how many rows were written, {@code id} the newest.
 * A row written outside a page stands alone ({@code parts} is its own {@code what}).
 */
public record AccessLogEntry(long id, Instant occurredAt, String actorUsername, String actorName, PersonId personId,
                             CaseId caseId, UnitCode caseUnit, AccessKind kind, String what, Purpose purpose,
                             Set<AccessHint> hints, List<String> parts, int rows) {

    public AccessLogEntry {
        hints = Set.copyOf(hints);
        parts = List.copyOf(parts);
    }

    /** One row as written. */
    public AccessLogEntry(long id, Instant occurredAt, String actorUsername, String actorName, PersonId personId,
                          CaseId caseId, UnitCode caseUnit, AccessKind kind, String what, Purpose purpose,
                          Set<AccessHint> hints) {
        this(id, occurredAt, actorUsername, actorName, personId, caseId, caseUnit, kind, what, purpose, hints,
                List.of(what), 1);
    }
}
