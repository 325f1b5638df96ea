package se.vardkedjan.casehandling;

import se.vardkedjan.sharedkernel.UnitCode;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The head of a case page: the person (without address when protected), the intake, assessment and closure. Staff are
 * named by username (for checks such as "my case") and, for the screen, by their name in the organisation register.
 *
 * @param unitName        the unit's name in the organisation register, or its code when the register has none
 * @param responsibleName the responsible caseworker's name, or their username when the register has none; null when
 *                        nobody is responsible
 * @param assessedByName  the name of who made the preliminary assessment, likewise
 * @param namedStaffNames the staff named on a protected case ({@code namedStaff}) by name, likewise, sorted
 */
public record CaseSummary(CaseId caseId, long version, PersonDetails person, UnitCode unit, String unitName,
                          String registeredBy, String responsible, String responsibleName, CaseStatus status,
                          IntakeKind intakeKind, LocalDate receivedOn, String description, String reporterName,
                          String reporterOrganisation, ReportingAuthority reportingAuthority, boolean lvmReport,
                          String immediateRisks, PreliminaryOutcome assessmentOutcome, String assessmentReasons,
                          String assessedBy, String assessedByName, LocalDate assessedOn,
                          LocalDate investigationDeadline, LocalDate closedOn, ClosureReason closureReason,
                          String closureOutcome, Set<String> namedStaff, List<String> namedStaffNames) {

    /** The date a client may demand a decision under the Administrative Procedure Act: six months after intake. */
    public LocalDate decisionDemandableOn() {
        return receivedOn.plusMonths(6);
    }
}
