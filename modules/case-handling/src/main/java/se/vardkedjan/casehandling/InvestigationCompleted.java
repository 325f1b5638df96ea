package se.vardkedjan.casehandling;

import java.time.LocalDate;

/** An investigation met its completeness rules and was completed; a decision may follow. Ids and dates only. */
public record InvestigationCompleted(CaseId caseId, InvestigationId investigationId, LocalDate completedOn) {
}
