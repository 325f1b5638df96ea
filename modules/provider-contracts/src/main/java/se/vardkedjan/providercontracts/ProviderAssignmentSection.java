package se.vardkedjan.providercontracts;

import com.vaadin.flow.component.Component;
import se.vardkedjan.sharedkernel.CaseId;

/**
 * A part another module adds to the provider's assignment page ({@code /utforare/uppdrag/:id}) without the page knowing
 * it: follow-up's questionnaires the provider's staff send the client (ADR 0030 amendment). Shown after this module's
 * own parts, in {@link #order()}, on an assignment whose status it is {@link #shownFor shown for}. Implementations are
 * Spring beans; {@link #create} builds a new component for each page. The part reads and changes through its own
 * module's facade, which asks this module whether the staff member may act on the assignment
 * ({@link ProviderCaseDoor}); the part itself decides nothing about access.
 */
public interface ProviderAssignmentSection {

    /** Lower comes first. */
    int order();

    /** Whether the part belongs on the page for an assignment in this status. */
    boolean shownFor(AssignmentStatus status);

    /** The part's component for the assignment of the case. */
    Component create(AssignmentId assignment, CaseId caseId);
}
