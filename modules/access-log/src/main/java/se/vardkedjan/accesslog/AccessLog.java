package se.vardkedjan.accesslog;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.beans.factory.ObjectProvider;
import se.vardkedjan.accesslog.persistence.AccessLogRows;
import se.vardkedjan.sharedkernel.PageVisits;
import se.vardkedjan.sharedkernel.PersonId;
import se.vardkedjan.sharedkernel.UnitCode;

import java.time.Clock;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The access log (table {@code accesslog.access_log}, append-only): every module writes a row for each read or change
 * of personal data, and reads the rows for review, through this service.
 *
 * <p>Every method joins the caller's transaction and refuses to run without one ({@code MANDATORY}): a row is written
 * with the change it records, so a change that rolls back leaves no row; and nobody writes or reads the log but a
 * module's facade, which is transactional, after it has checked the reader's right. Reading rows is itself a read of
 * the persons they name: <em>the caller's facade checks the reader's right and logs the read</em>.
 *
 * <p>A row's {@code what} must be a code some module declares in its {@link AccessLogParts}; {@link #record} refuses
 * any other with an {@link IllegalArgumentException} before it writes anything (ADR 0021).
 *
 * <p>Each row is stamped with the page visit it was written in ({@link PageVisits}: one per navigation), so the review
 * shows one line per page opened with every part it read ({@link #searchVisits}), while every part is still a row.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class AccessLog {

    private final AccessLogRows rows;
    private final ActorNames names;
    private final Clock clock;
    private final Set<String> declared;
    private final ObjectProvider<PageVisits> visits;

    AccessLog(AccessLogRows rows, ActorNames names, Clock clock, List<AccessLogParts> parts,
              ObjectProvider<PageVisits> visits) {
        this.rows = rows;
        this.names = names;
        this.clock = clock;
        this.visits = visits;
        this.declared = new HashSet<>();
        parts.forEach(part -> declared.addAll(part.textKeys().keySet()));
    }

    /** Writes one row in the caller's transaction. */
    public void record(AccessRecord row) {
        recordAll(List.of(row));
    }

    /** Writes many rows at once (a page of a list, search hits), each already checked, in the caller's transaction. */
    public void recordAll(List<AccessRecord> records) {
        if (records.isEmpty()) {
            return;
        }
        records.forEach(row -> {
            if (!declared.contains(row.what())) {
                throw new IllegalArgumentException("The access-log code " + row.what()
                        + " is declared by no module's AccessLogParts");
            }
        });
        var now = clock.instant();
        var visit = visits.stream().findFirst().flatMap(PageVisits::current).orElse(null);
        var nameByUsername = new HashMap<String, String>();
        rows.insert(records.stream().map(row -> new AccessLogRows.NewRow(now, nameByUsername.computeIfAbsent(
                row.actor().username(), names::nameOf), row, visit)).toList());
    }

    /**
     * A page of rows, newest first, that concern the given units: about a case of one of them, or written by a user
     * who belonged to one of them at the time. For review: the caller checks the reader's right and logs the read.
     */
    public List<AccessLogEntry> search(AccessLogQuery query, Set<UnitCode> units, int offset, int limit) {
        return rows.search(query, Set.copyOf(units), offset, limit);
    }

    /**
     * A page of the review, newest first, one entry per page opened: the rows one page visit wrote about one person
     * through one case, of one kind and purpose, with every part they name ({@link AccessLogEntry#parts}). Same units
     * and filters as {@link #search}; the caller checks the reader's right and logs the read.
     */
    public List<AccessLogEntry> searchVisits(AccessLogQuery query, Set<UnitCode> units, int offset, int limit) {
        return rows.searchVisits(query, Set.copyOf(units), offset, limit);
    }

    /**
     * A page of the review as {@link #searchVisits(AccessLogQuery, Set, int, int)}, in the given order, sorted by the
     * database before the page is cut (every column of the review sorts, ADR 0021).
     */
    public List<AccessLogEntry> searchVisits(AccessLogQuery query, AccessLogSort sort, Set<UnitCode> units, int offset,
                                             int limit) {
        return rows.searchVisits(query, sort, Set.copyOf(units), offset, limit);
    }

    /** How many rows {@link #search} would find (rows with hints counted up to 10 000). */
    public int count(AccessLogQuery query, Set<UnitCode> units) {
        return rows.count(query, Set.copyOf(units));
    }

    /** One row, when it concerns the given units as {@link #search} decides. */
    public Optional<AccessLogEntry> find(long id, Set<UnitCode> units) {
        return rows.find(id, Set.copyOf(units));
    }

    /** The id of the newest row (0 when there is none), to pin a review's pages to the rows that existed then. */
    public long newestId() {
        return rows.newestId();
    }

    /**
     * The rows about one person, newest first: who has read or changed their file, when and why (for the client's own
     * view in the portal). The caller checks that the reader is that person, or may see them, and logs the read.
     */
    public List<AccessLogEntry> aboutPerson(PersonId person, int offset, int limit) {
        return rows.search(new AccessLogQuery(person, null, null, null, false), null, offset, limit);
    }

    /** How many rows {@link #aboutPerson} has. */
    public int countAboutPerson(PersonId person) {
        return rows.count(new AccessLogQuery(person, null, null, null, false), null);
    }
}
