package se.vardkedjan.casehandling;

import se.vardkedjan.casehandling.domain.DateRange;
import se.vardkedjan.sharedkernel.RuleViolation;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;

import static se.vardkedjan.casehandling.domain.CaseFreeText.FREE_TEXT;

/**
 * A filtered, sorted view of the cases the signed-in user may see.
 *
 * @param scope          only the user's own cases, or all cases of the user's units
 * @param statuses       the statuses to show; empty means every status
 * @param deadlineBefore only cases whose investigation deadline falls before this date (null: any); a date of
 *                       {@link DateRange}
 * @param personTerm     part of a name or an identity number (null: any); at most {@value #PERSON_TERM_MAX_LENGTH}
 *                       characters and {@value #PERSON_TERM_MAX_WORDS} words of at least
 *                       {@value #PERSON_TERM_MIN_WORD_LENGTH} characters each (every word is a {@code LIKE} of its own)
 * @param sort           the column to sort by
 * @param ascending      the direction
 * @param responsible    only cases this caseworker (username) is responsible for (null: anybody's); with
 *                       {@link Scope#UNITS}, the unit manager's view of one caseworker's cases
 * @param filter         a saved filter (null: none), e.g. the overdue investigations
 */
public record CaseListQuery(Scope scope, Set<CaseStatus> statuses, LocalDate deadlineBefore, String personTerm,
                            Sort sort, boolean ascending, String responsible, Filter filter) {

    public enum Scope { MINE, UNITS }

    /** The columns the list sorts by, each in SQL (a name by the register's name, as the list shows it). */
    public enum Sort { RECEIVED_ON, DEADLINE, PERSON, STATUS, IDENTITY, KIND, RESPONSIBLE, UNIT }

    /**
     * The saved filters (ADR 0022), as the start page links to them and the case list offers them as chips. "Today"
     * is the facade's date; the reminder period is {@link CaseHandling#DEADLINE_REMINDER_DAYS} days.
     */
    public enum Filter {
        /** Undecided, the investigation not complete and its deadline passed. */
        OVERDUE,
        /** Undecided, the investigation not complete and its deadline from today to Sunday. */
        DEADLINE_THIS_WEEK,
        /** Nobody is responsible. */
        UNASSIGNED,
        /** A goal of the agreed plan is due for follow-up within the reminder period (or the last 30 days). */
        FOLLOW_UPS_DUE,
        /** An unsigned journal entry. */
        DRAFTS
    }

    /** A query without a caseworker or a saved filter. */
    public CaseListQuery(Scope scope, Set<CaseStatus> statuses, LocalDate deadlineBefore, String personTerm, Sort sort,
                         boolean ascending) {
        this(scope, statuses, deadlineBefore, personTerm, sort, ascending, null, null);
    }

    /** The longest person filter, in characters. */
    public static final int PERSON_TERM_MAX_LENGTH = 100;
    /** The most words in a person filter. */
    public static final int PERSON_TERM_MAX_WORDS = 4;
    /** The shortest word of a person filter (a shorter one would match nearly every name). */
    public static final int PERSON_TERM_MIN_WORD_LENGTH = 2;

    public CaseListQuery {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        scope = scope == null ? Scope.UNITS : scope;
        sort = sort == null ? Sort.RECEIVED_ON : sort;
        deadlineBefore = checkedDeadline(deadlineBefore);
        personTerm = checkedPersonTerm(personTerm);
        responsible = responsible == null || responsible.isBlank() ? null : responsible.strip();
        if (responsible != null && (responsible.length() > 100 || !responsible.matches("[\\p{L}\\p{N}._@-]+"))) {
            throw new RuleViolation("casehandling.work.error.responsible-filter");
        }
    }

    /** The deadline filter as the query uses it, or a {@link RuleViolation} for a date no case can have. */
    public static LocalDate checkedDeadline(LocalDate deadlineBefore) {
        return DateRange.check("casehandling.staff.list.deadline-before", deadlineBefore);
    }

    /**
     * The person filter as the query uses it (stripped; null when blank), or a {@link RuleViolation} with a clear
     * message: too long, control characters, too many words, or a word too short. A number (two to twelve digits, with the usual
     * separators) is one term. LIKE's wildcards in the term are matched as themselves.
     */
    public static String checkedPersonTerm(String term) {
        if (term == null || term.isBlank()) {
            return null;
        }
        var stripped = term.strip();
        if (stripped.length() > PERSON_TERM_MAX_LENGTH) {
            throw new RuleViolation("casehandling.error.case-filter-too-long", PERSON_TERM_MAX_LENGTH);
        }
        FREE_TEXT.searchTerm("casehandling.staff.list.person-filter", stripped, PERSON_TERM_MAX_LENGTH);
        if (stripped.replaceAll("[-+ ]", "").matches("\\d{2,12}")) {
            return stripped;
        }
        var words = stripped.split("\\s+");
        if (words.length > PERSON_TERM_MAX_WORDS) {
            throw new RuleViolation("casehandling.error.case-filter-too-many-words", PERSON_TERM_MAX_WORDS);
        }
        if (Arrays.stream(words).anyMatch(word -> word.length() < PERSON_TERM_MIN_WORD_LENGTH)) {
            throw new RuleViolation("casehandling.error.case-filter-word-too-short", PERSON_TERM_MIN_WORD_LENGTH);
        }
        return stripped;
    }

    public static CaseListQuery mine() {
        return new CaseListQuery(Scope.MINE, Set.of(CaseStatus.INTAKE, CaseStatus.INVESTIGATION, CaseStatus.DECIDED),
                null, null, Sort.RECEIVED_ON, false);
    }

    public static CaseListQuery units() {
        return new CaseListQuery(Scope.UNITS, Set.of(CaseStatus.INTAKE, CaseStatus.INVESTIGATION, CaseStatus.DECIDED),
                null, null, Sort.RECEIVED_ON, false);
    }
}
