package se.vardkedjan.casehandling.domain;

import java.time.LocalDate;
import java.time.Period;

/**
 * The deadline an investigation gets by default when the preliminary assessment opens it: four months after the
 * assessment. Four months is what the Social Services Act sets for investigations about children (SoL 11 kap. 2 §) and
 * what the municipalities apply to adults' investigations as well; the caseworker may choose another date after the
 * assessment, and move it later with its reasons ({@link Case#extendDeadline}).
 */
public final class InvestigationDeadline {

    /** The time an investigation has by default. */
    public static final Period STATUTORY_TIME = Period.ofMonths(4);

    private InvestigationDeadline() {
    }

    /** The default deadline for an investigation opened by an assessment on the given day (null: none). */
    public static LocalDate proposedFor(LocalDate assessedOn) {
        return assessedOn == null ? null : assessedOn.plus(STATUTORY_TIME);
    }
}
