package se.vardkedjan.providercontracts;

import se.vardkedjan.sharedkernel.CaseId;

import java.time.LocalDate;

/**
 * A report that waits for the case staff: a discharge or serious incident the provider reported, or a completion
 * report on an assignment not yet ended (the caseworker can end it).
 *
 * @param date when it happened (a deviation) or was submitted (a completion report)
 */
public record ReportWorkItem(Kind kind, AssignmentId assignmentId, CaseId caseId, boolean protectedIdentity,
                             LocalDate date) {

    public enum Kind {
        DISCHARGE, SERIOUS_INCIDENT, COMPLETION
    }
}
