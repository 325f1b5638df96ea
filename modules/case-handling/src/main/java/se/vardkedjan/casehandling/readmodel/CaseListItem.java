package se.vardkedjan.casehandling.readmodel;

import se.vardkedjan.casehandling.CaseStatus;
import se.vardkedjan.casehandling.IntakeKind;
import se.vardkedjan.casehandling.ProtectionLevel;
import se.vardkedjan.sharedkernel.CaseId;
import se.vardkedjan.sharedkernel.PersonId;
import se.vardkedjan.sharedkernel.UnitCode;

import java.time.LocalDate;

/**
 * One row of a case list: enough to find the case, never the address.
 *
 * @param unitName        the unit's name in the organisation register, or its code when the register has none
 * @param responsible     the responsible caseworker's username, or null
 * @param responsibleName their name in the organisation register, or the username when the register has none
 * @param investigationCompleted whether the case's investigation is complete (its deadline then no longer runs)
 */
public record CaseListItem(CaseId caseId, PersonId personId, String personName, String identityNumber,
                           ProtectionLevel protection, UnitCode unit, String unitName, String responsible,
                           String responsibleName, CaseStatus status, IntakeKind intakeKind, LocalDate receivedOn,
                           LocalDate investigationDeadline, boolean investigationCompleted) {

    /**
     * Whether the investigation is late on the day: the case is undecided, the investigation not complete and its
     * deadline passed. A decided case, or a complete investigation, is never late (issue 15).
     */
    public boolean investigationOverdue(LocalDate today) {
        return investigationDeadline != null && investigationDeadline.isBefore(today) && !investigationCompleted
                && (status == CaseStatus.INTAKE || status == CaseStatus.INVESTIGATION);
    }
}
