package se.vardkedjan.casehandling.readmodel;

import se.vardkedjan.casehandling.CaseStatus;
import se.vardkedjan.casehandling.ClosureReason;
import se.vardkedjan.casehandling.IntakeKind;
import se.vardkedjan.casehandling.PreliminaryOutcome;
import se.vardkedjan.casehandling.ReportingAuthority;
import se.vardkedjan.sharedkernel.CaseId;
import se.vardkedjan.sharedkernel.UnitCode;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The head of a case page: the person (without address when protected), the case's status and deadline, who has the
 * case, the intake, and the assessment and closure once made. Staff are named by username (for checks such as "my
 * case") and, for the screen, by their name in the organisation register.
 *
 * @param status                the stored status
 * @param investigationDeadline the investigation's deadline, once an investigation is opened
 * @param assessment            the preliminary assessment, null until it is made
 * @param closure               the closure, null while the case is open (or not opened without a closure)
 * @param stage                 where the case really stands, derived from the status, the investigation and the
 *                              latest decision (see {@link CaseStage})
 * @param ownDrafts             how many unsigned journal drafts the signed-in user has in the case (drafts are their
 *                              author's own)
 */
public record CaseSummary(CaseId caseId, long version, PersonDetails person, CaseStatus status,
                          LocalDate investigationDeadline, Staffing staffing, Intake intake, Assessment assessment,
                          Closure closure, CaseStage stage, int ownDrafts) {

    /**
     * Who has the case.
     *
     * @param unitName        the unit's name in the organisation register, or its code when the register has none
     * @param responsibleName the responsible caseworker's name, or their username when the register has none; null
     *                        when nobody is responsible
     * @param namedStaff      the usernames of the staff named on a protected case
     * @param namedStaffNames the same staff by name, likewise, sorted
     */
    public record Staffing(UnitCode unit, String unitName, String registeredBy, String responsible,
                           String responsibleName, Set<String> namedStaff, List<String> namedStaffNames) {
    }

    /** The matter as it was received. */
    public record Intake(IntakeKind kind, LocalDate receivedOn, String description, String reporterName,
                         String reporterOrganisation, ReportingAuthority reportingAuthority, boolean lvmReport,
                         String immediateRisks) {
    }

    /**
     * The preliminary assessment.
     *
     * @param assessedByName the name of who made it, or their username when the register has none
     */
    public record Assessment(PreliminaryOutcome outcome, String reasons, String assessedBy, String assessedByName,
                             LocalDate assessedOn) {
    }

    /** How the case ended. */
    public record Closure(LocalDate closedOn, ClosureReason reason, String outcome) {
    }

    /** Whether no decision is in force yet, so the client's right to demand one still applies. */
    public boolean awaitsFirstDecision() {
        return status == CaseStatus.INTAKE || status == CaseStatus.INVESTIGATION;
    }

    /** The investigation's deadline while it still applies (the investigation is being written), else null. */
    public LocalDate applicableInvestigationDeadline() {
        return stage.investigationDeadlineApplies() ? investigationDeadline : null;
    }

    /** The date a client may demand a decision under the Administrative Procedure Act: six months after intake. */
    public LocalDate decisionDemandableOn() {
        return intake.receivedOn().plusMonths(6);
    }
}
