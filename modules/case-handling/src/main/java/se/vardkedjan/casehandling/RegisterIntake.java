package se.vardkedjan.casehandling;

import se.vardkedjan.sharedkernel.PersonId;
import se.vardkedjan.sharedkernel.UnitCode;

import java.time.LocalDate;

/**
 * Registers a matter for a person (aktualisering). When the person already has an open case, the caller must confirm
 * with {@code openCasesAcknowledged}; otherwise the intake is refused so the duplicate can be looked at first.
 */
public record RegisterIntake(PersonId personId, UnitCode unit, IntakeKind kind, LocalDate receivedOn,
                             String description, String reporterName, String reporterOrganisation,
                             ReportingAuthority reportingAuthority, boolean lvmReport, String immediateRisks,
                             boolean openCasesAcknowledged) {
}
