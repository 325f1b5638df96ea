package se.vardkedjan.casehandling;

import se.vardkedjan.sharedkernel.CaseId;

import java.time.LocalDate;
import java.util.List;

/**
 * A decision in a case, as the caseworker makes it. Within the caseworker's delegation it is decided at once;
 * above it, it becomes a proposal for the unit manager of the case's unit.
 *
 * @param decidedOn  the decision date (not before the investigation started, not in the future)
 * @param informedBy how the client was informed of the decision (required when decided directly)
 * @param informedOn when the client was informed
 */
public record DecideInterventions(CaseId caseId, LocalDate decidedOn, List<Item> items,
                                  CommunicationChannel informedBy, LocalDate informedOn) {

    public DecideInterventions {
        items = items == null ? List.of() : List.copyOf(items);
    }

    /**
     * One intervention decided. Help given as {@link InterventionType#SERVICE_WITHOUT_DECISION} is recorded and counted
     * but has no legal basis, no reasons and no appeal: leave {@code legalReferenceCode} and {@code reasons} empty and
     * use {@link DecisionOutcome#GRANTED}.
     *
     * @param scope              what is granted or refused, e.g. "Öppenvård två gånger i veckan (ÅP)"
     * @param legalReferenceCode the code of an entry in the table of legal references valid on the decision date
     * @param reasons            the reasons, required when not fully granted
     */
    public record Item(InterventionType type, DecisionOutcome outcome, String scope, LocalDate startsOn,
                       LocalDate plannedEnd, String legalReferenceCode, String reasons) {
    }
}
