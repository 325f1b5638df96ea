package se.vardkedjan.casehandling.events;

import se.vardkedjan.casehandling.CoordinatedPlanId;
import se.vardkedjan.sharedkernel.CaseId;

import java.time.LocalDate;

/**
 * A SIP's follow-up date was set or moved. The event carries its order: the SIP's version this change gave it, which
 * grows with every change of the SIP (ADR 0033). A listener that gets it late, after the event of a newer date (a
 * publication resubmitted after a node died), sees that it is older and ignores it. Ids, a number and a date only.
 *
 * @param version the SIP's version after this change; null only in a publication stored before the version was added
 *                (December 2026), which is older than every one that has it
 */
public record CoordinatedPlanFollowUpSet(CaseId caseId, CoordinatedPlanId coordinatedPlanId, Long version,
                                         LocalDate followUpOn) {
}
