package se.vardkedjan.casehandling.readmodel;

import se.vardkedjan.casehandling.CommunicationChannel;
import se.vardkedjan.casehandling.DecisionId;
import se.vardkedjan.casehandling.DecisionOutcome;
import se.vardkedjan.casehandling.InterventionType;
import se.vardkedjan.casehandling.LegalBasis;

import java.time.LocalDate;
import java.util.List;

/**
 * A decision made in the client's case, as the portal shows it to them (ADR 0028): the same content as the decision
 * document staff send, without the client's own identity details.
 *
 * @param decidedByName      who decided, named as the decision document names them
 * @param decidedInRoleKey   the text key of the role the decision was made in under the delegation rules ("Handläggare
 *                           enligt delegation"), as the document shows it; null for help given only as a service
 * @param informedBy         how the client was told of the decision, or null (a service without decision)
 * @param appealable         whether anything was refused or partly granted, so the client may appeal
 */
public record OwnDecision(DecisionId id, LocalDate decidedOn, String decidedByName, String decidedInRoleKey,
                          CommunicationChannel informedBy, LocalDate informedOn, List<Item> items,
                          boolean appealable) {

    public OwnDecision {
        items = List.copyOf(items);
    }

    /**
     * One thing decided: what was applied for or given, granted or refused, from when, under which law and why.
     *
     * @param legalBasis null for help given as a service without decision
     * @param reasons    the reasons as the decision states them, or null
     */
    public record Item(InterventionType type, DecisionOutcome outcome, String scope, LocalDate startsOn,
                       LocalDate plannedEnd, LegalBasis legalBasis, String reasons) {
    }
}
