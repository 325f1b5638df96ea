package se.vardkedjan.casehandling;

import se.vardkedjan.sharedkernel.CaseId;

import java.time.LocalDate;

/** A case was closed (or not opened after intake) with a reason. */
public record CaseClosed(CaseId caseId, LocalDate closedOn, CaseStatus finalStatus, ClosureReason reason) {
}
