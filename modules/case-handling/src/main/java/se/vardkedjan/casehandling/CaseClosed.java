package se.vardkedjan.casehandling;

import java.time.LocalDate;

/** A case was closed (or not opened after intake) with a reason. */
public record CaseClosed(CaseId caseId, LocalDate closedOn, CaseStatus finalStatus, ClosureReason reason) {
}
