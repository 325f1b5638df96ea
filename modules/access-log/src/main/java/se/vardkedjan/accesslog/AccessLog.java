package se.vardkedjan.accesslog;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.beans.factory.ObjectProvider;
import se.vardkedjan.accesslog.persistence.AccessLogRows;
import se.vardkedjan.accesslog.persistence.AccessQuestionRows;
import se.vardkedjan.sharedkernel.Actor;
import se.vardkedjan.sharedkernel.PageVisits;
import se.vardkedjan.sharedkernel.PersonId;
import se.vardkedjan.sharedkernel.UnitCode;

import java.time.Clock;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

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
 * shows one line per page opened with every part it read ({@link #searchVisits}), while every part is still a row —
 * except inside {@link OneRead#as}: one user action reading through several facades is one read row per case and
 * purpose.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class AccessLog {

    private final AccessLogRows rows;
    private final ActorNames names;
    private final Clock clock;
    private final Set<String> declared;
    private final ObjectProvider<PageVisits> visits;
    private final AccessQuestionRows questions;

    AccessLog(AccessLogRows rows, ActorNames names, Clock clock, List<AccessLogParts> parts,
              ObjectProvider<PageVisits> visits, AccessQuestionRows questions) {
        this.rows = rows;
        this.questions = questions;
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
    public void recordAll(List<AccessRecord> given) {
        given.forEach(row -> {
            if (!declared.contains(row.what())) {
                throw new IllegalArgumentException("The access-log code " + row.what()
                        + " is declared by no module's AccessLogParts");
            }
        });
        // Inside one user action read through several facades, its reads are one row (OneRead, ADR 0030).
        var records = OneRead.merge(given);
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

    /**
     * A page of the rows about one person, one entry per page opened as in {@link #searchVisits}, newest first, paged by
     * the database (for the person's own view in the portal, "Vem har läst min journal"). The caller checks that the
     * reader is that person and logs the read.
     */
    public List<AccessLogEntry> visitsAboutPerson(PersonId person, int offset, int limit) {
        return rows.searchVisits(new AccessLogQuery(java.util.Objects.requireNonNull(person), null, null, null, false),
                AccessLogSort.newestFirst(), null, offset, limit);
    }

    /**
     * Records a person's question about a row of the access log of their own file, for the managers of the row's
     * case's unit (else of the units of the user who wrote it). Empty when the row is not about that person or does
     * not exist: the caller refuses it as an unknown target. The caller checks that the asker is that person.
     */
    public Optional<UUID> ask(PersonId person, long rowId, String question, String askedBySubject) {
        return questions.unitsOfRowAbout(rowId, person).map(units -> {
            var id = UUID.randomUUID();
            questions.insertQuestion(id, rowId, person, units, question, askedBySubject, clock.instant());
            return id;
        });
    }

    /** The person's questions about their access log with the answers, newest first. */
    public List<AccessQuestion> questionsOf(PersonId person) {
        return questions.ofPerson(person).stream().map(this::question).toList();
    }

    /**
     * The questions the managers of the units answer: unanswered first, then newest; at most {@code limit}. The
     * caller checks the reader is a manager of the units and logs the read of the persons they are about.
     */
    public List<AccessQuestion> questionsFor(Set<UnitCode> units, boolean onlyOpen, int limit) {
        return questions.forUnits(Set.copyOf(units), onlyOpen, limit).stream().map(this::question).toList();
    }

    /** One question for the units' managers, when it is for one of the units. */
    public Optional<AccessQuestion> questionFor(UUID id, Set<UnitCode> units) {
        return questions.find(id, Set.copyOf(units)).map(this::question);
    }

    /**
     * Records a manager's answer, named as the register names them; false when the question already has an answer
     * (an answer is kept as given). The caller checks that the question is for one of the manager's units.
     */
    public boolean answer(UUID question, String answer, Actor manager) {
        return questions.insertAnswer(question, answer, manager.subject(), names.nameOf(manager.username()),
                clock.instant());
    }

    private AccessQuestion question(AccessQuestionRows.QuestionRow row) {
        return new AccessQuestion(row.id(), rows.find(row.accessLogId(), null).orElseThrow(), row.personId(),
                row.question(), row.askedAt(), row.answer(), row.answeredAt(), row.answeredBy());
    }
}
