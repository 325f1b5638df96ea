package se.vardkedjan.casehandling.readmodel;

import se.vardkedjan.casehandling.InvestigationContent;
import se.vardkedjan.casehandling.InvestigationId;
import se.vardkedjan.casehandling.InvestigationStatus;
import se.vardkedjan.sharedkernel.CaseId;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An investigation as the case page shows it.
 *
 * @param version       pass back when saving, so concurrent edits are detected
 * @param draftSavedAt  when the content was last saved
 * @param completedBy   the username of who completed it, or null; {@code completedByName} is their name in the
 *                      organisation register, or the username when the register has none
 * @param missing       text keys of what still has to be filled in before the investigation can be completed
 */
public record InvestigationView(InvestigationId id, CaseId caseId, long version, InvestigationStatus status,
                                InvestigationContent content, Instant draftSavedAt, LocalDate completedOn,
                                String completedBy, String completedByName, List<String> missing) {
}
