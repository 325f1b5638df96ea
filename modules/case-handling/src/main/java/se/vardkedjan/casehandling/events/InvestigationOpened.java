package se.vardkedjan.casehandling.events;

import se.vardkedjan.sharedkernel.CaseId;

import java.time.LocalDate;

/** The preliminary assessment opened an investigation, to be finished by the municipality's deadline. */
public record InvestigationOpened(CaseId caseId, LocalDate openedOn, LocalDate deadline) {
}
