package se.vardkedjan.casehandling;

import java.time.LocalDate;
import java.util.Set;

/**
 * A filtered, sorted view of the cases the signed-in user may see.
 *
 * @param scope          only the user's own cases, or all cases of the user's units
 * @param statuses       the statuses to show; empty means every status
 * @param deadlineBefore only cases whose investigation deadline falls before this date (null: any)
 * @param personTerm     part of a name or an identity number (null: any)
 * @param sort           the column to sort by
 * @param ascending      the direction
 */
public record CaseListQuery(Scope scope, Set<CaseStatus> statuses, LocalDate deadlineBefore, String personTerm,
                            Sort sort, boolean ascending) {

    public enum Scope { MINE, UNITS }

    public enum Sort { RECEIVED_ON, DEADLINE, PERSON, STATUS }

    public CaseListQuery {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        scope = scope == null ? Scope.UNITS : scope;
        sort = sort == null ? Sort.RECEIVED_ON : sort;
        personTerm = personTerm == null || personTerm.isBlank() ? null : personTerm.strip();
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
