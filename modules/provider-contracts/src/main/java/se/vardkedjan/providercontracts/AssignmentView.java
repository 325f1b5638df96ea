package se.vardkedjan.providercontracts;

import se.vardkedjan.casehandling.DecisionId;
import se.vardkedjan.casehandling.InterventionId;
import se.vardkedjan.casehandling.InterventionType;
import se.vardkedjan.sharedkernel.CaseId;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An assignment as the case page and the provider see it.
 *
 * @param version         pass back with a change (a stale one is refused as a concurrent change)
 * @param providerName    the provider's name, or null before one is chosen
 * @param clientsChoice   the client chose the provider under LOV
 * @param goals           the care plan's goals as copied when sent (empty for a draft)
 * @param escalationLevel 0 none, 1 the provider reminded, 2 the caseworker and unit manager told
 * @param regulation      the documentation regulation the assignment follows, as cited (e.g. "5 kap. 1 § SOSFS
 *                        2014:5"), from the organisation's legal references
 */
public record AssignmentView(AssignmentId id, CaseId caseId, long version, AssignmentStatus status,
                             DecisionId decisionId, InterventionId interventionId, InterventionType interventionType,
                             LocalDate grantedFrom, LocalDate decidedOn, MethodCode method, ProviderId providerId,
                             String providerName, ContractId contractId, boolean clientsChoice, LocalDate startsOn,
                             String expectedLength, String reporting, String followUp, String contactPersons,
                             boolean clientConsented, boolean shareAddress, boolean sharePhone, List<String> goals,
                             Instant sentAt, LocalDate acceptedStart, String declineReason, LocalDate startedOn,
                             LocalDate endedOn, EndReason endReason, int escalationLevel, String regulation,
                             List<Change> history) {

    public AssignmentView {
        goals = List.copyOf(goals);
        history = List.copyOf(history);
    }

    /**
     * One change in the assignment's history: when, who (a username, or {@code system}, and their display name where
     * it was kept: null for the system and changes made before names were kept), what, a short detail.
     */
    public record Change(Instant at, String actor, String actorName, String event, String detail) {

        /** Who made the change as a reader wants it: the name, else the username. */
        public String madeBy() {
            return actorName == null ? actor : actorName;
        }
    }
}
