package se.vardkedjan.casehandling.events;

import se.vardkedjan.casehandling.InvestigationId;
import se.vardkedjan.sharedkernel.CaseId;

import java.time.LocalDate;

/** An investigation met its completeness rules and was completed; a decision may follow. Ids and dates only. */
public record InvestigationCompleted(CaseId caseId, InvestigationId investigationId, LocalDate completedOn) {
}
