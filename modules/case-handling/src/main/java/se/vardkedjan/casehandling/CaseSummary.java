package se.vardkedjan.casehandling;

import se.vardkedjan.sharedkernel.UnitCode;

import java.time.LocalDate;
import java.util.Set;

/** The head of a case page: the person (without address when protected), the intake, assessment and closure. */
public record CaseSummary(CaseId caseId, long version, PersonDetails person, UnitCode unit, String registeredBy,
                          String responsible, CaseStatus status, IntakeKind intakeKind, LocalDate receivedOn,
                          String description, String reporterName, String reporterOrganisation,
                          ReportingAuthority reportingAuthority, boolean lvmReport, String immediateRisks,
                          PreliminaryOutcome assessmentOutcome, String assessmentReasons, String assessedBy,
                          LocalDate assessedOn, LocalDate investigationDeadline, LocalDate closedOn,
                          ClosureReason closureReason, String closureOutcome, Set<String> namedStaff) {

    /** The date a client may demand a decision under the Administrative Procedure Act: six months after intake. */
    public LocalDate decisionDemandableOn() {
        return receivedOn.plusMonths(6);
    }
}
