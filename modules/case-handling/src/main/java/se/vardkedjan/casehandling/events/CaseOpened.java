package se.vardkedjan.casehandling.events;

import se.vardkedjan.casehandling.IntakeKind;
import se.vardkedjan.sharedkernel.CaseId;
import se.vardkedjan.sharedkernel.PersonId;

/** A matter was registered (aktualisering). Ids and plain facts only: never a personal number or a name. */
public record CaseOpened(CaseId caseId, PersonId personId, se.vardkedjan.sharedkernel.UnitCode unit,
                         IntakeKind kind, java.time.LocalDate receivedOn) {
}
