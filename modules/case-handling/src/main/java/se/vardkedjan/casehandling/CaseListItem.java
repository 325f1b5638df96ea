package se.vardkedjan.casehandling;

import se.vardkedjan.sharedkernel.UnitCode;

import java.time.LocalDate;

/** One row of a case list: enough to find the case, never the address. */
public record CaseListItem(CaseId caseId, PersonId personId, String personName, String identityNumber,
                           ProtectionLevel protection, UnitCode unit, String responsible, CaseStatus status,
                           IntakeKind intakeKind, LocalDate receivedOn, LocalDate investigationDeadline) {
}
