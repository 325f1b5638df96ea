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
 * @param stage           where the case stands ({@link CaseStage}, read as the case page's head reads it)
 */
public record CaseListItem(CaseId caseId, PersonId personId, String personName, String identityNumber,
                           ProtectionLevel protection, UnitCode unit, String unitName, String responsible,
                           String responsibleName, CaseStatus status, IntakeKind intakeKind, LocalDate receivedOn,
                           LocalDate investigationDeadline, CaseStage stage) {

    /**
     * Whether the investigation is late on the day ("Försenad"): the case head's rule,
     * {@link CaseStage#investigationOverdue}, so the list and the case page never disagree.
     */
    public boolean investigationOverdue(LocalDate today) {
        return stage.investigationOverdue(investigationDeadline, today);
    }
}
