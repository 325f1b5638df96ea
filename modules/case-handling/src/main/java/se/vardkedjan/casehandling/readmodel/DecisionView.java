package se.vardkedjan.casehandling.readmodel;

import se.vardkedjan.casehandling.ClosureReason;
import se.vardkedjan.casehandling.CommunicationChannel;
import se.vardkedjan.casehandling.DecisionId;
import se.vardkedjan.casehandling.DecisionOutcome;
import se.vardkedjan.casehandling.DecisionStatus;
import se.vardkedjan.casehandling.InterventionId;
import se.vardkedjan.casehandling.InterventionType;
import se.vardkedjan.casehandling.LegalBasis;
import se.vardkedjan.sharedkernel.CaseId;

import java.time.LocalDate;
import java.util.List;

/**
 * A decision as the case page shows it.
 *
 * @param version         pass back when approving, returning or closing an intervention
 * @param delegationLevel the lowest role that may decide all its items under the delegation rules (the rule the
 *                        decision was made under); null when it holds only help given as a service without decision
 * @param proposedBy      the username of who proposed it (null when decided at once); {@code proposedByName} is their
 *                        name in the organisation register, or the username when the register has none
 * @param decidedBy       the username of who decided it (for a proposal: null until approved); likewise
 *                        {@code decidedByName}
 * @param returnedBy      the username of the unit manager who returned it, or null; likewise {@code returnedByName}
 * @param appealable      whether anything was refused or partly granted, so the appeal information applies
 */
public record DecisionView(DecisionId id, CaseId caseId, long version, DecisionStatus status, LocalDate proposedOn,
                           String proposedBy, String proposedByName, LocalDate decidedOn, String decidedBy,
                           String decidedByName, String delegationLevel, CommunicationChannel informedBy,
                           LocalDate informedOn, String returnComment, String returnedBy, String returnedByName,
                           List<Item> items, boolean appealable) {

    /** One decided intervention; a service without decision has no legal reference. */
    public record Item(InterventionId id, InterventionType type, DecisionOutcome outcome, String scope,
                       LocalDate startsOn, LocalDate plannedEnd, LegalBasis legalReference, String reasons,
                       LocalDate closedOn, ClosureReason closureReason, String closureOutcome) {

        public boolean serviceWithoutDecision() {
            return type == InterventionType.SERVICE_WITHOUT_DECISION;
        }
    }
}
