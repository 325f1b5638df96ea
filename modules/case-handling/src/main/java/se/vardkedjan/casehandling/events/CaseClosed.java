package se.vardkedjan.casehandling.events;

import se.vardkedjan.casehandling.CaseStatus;
import se.vardkedjan.casehandling.ClosureReason;
import se.vardkedjan.sharedkernel.CaseId;

import java.time.LocalDate;

/** A case was closed (or not opened after intake) with a reason. */
public record CaseClosed(CaseId caseId, LocalDate closedOn, CaseStatus finalStatus, ClosureReason reason) {
}
