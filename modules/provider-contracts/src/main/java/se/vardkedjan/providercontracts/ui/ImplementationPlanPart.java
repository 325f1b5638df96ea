package se.vardkedjan.providercontracts.ui;

import se.vardkedjan.providercontracts.AssignmentView;
import se.vardkedjan.providercontracts.ImplementationPlans;

/**
 * The implementation plan as a part of an assignment (ADR 0027): the provider writes and establishes it on its
 * assignment page once it has accepted; the case's staff read the established plan, with who established it and when,
 * on the Uppdrag tab.
 */
@org.springframework.stereotype.Component
class ImplementationPlanPart implements AssignmentPart {

    private final ImplementationPlans plans;

    ImplementationPlanPart(ImplementationPlans plans) {
        this.plans = plans;
    }

    @Override
    public int order() {
        return 100;
    }

    /** From acceptance on: accepted, running, and ended after acceptance. */
    @Override
    public boolean shownTo(Audience audience, AssignmentView assignment) {
        return assignment.acceptedStart() != null;
    }

    @Override
    public com.vaadin.flow.component.Component create(AssignmentView assignment, Audience audience) {
        return new ImplementationPlanPanel(plans, assignment.id(), audience);
    }
}
