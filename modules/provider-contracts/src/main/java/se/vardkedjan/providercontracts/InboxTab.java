package se.vardkedjan.providercontracts;

import java.util.Set;

/** The provider's inbox in four parts, each a group of states (ADR 0027). */
public enum InboxTab {
    /** Sent and not yet answered: to receive, accept or decline. */
    NEW(Set.of(AssignmentStatus.SENT, AssignmentStatus.RECEIVED)),
    /** Accepted, not yet started. */
    ACCEPTED(Set.of(AssignmentStatus.ACCEPTED)),
    /** Started and not ended. */
    RUNNING(Set.of(AssignmentStatus.RUNNING)),
    /** Ended, and those the provider declined. */
    ENDED(Set.of(AssignmentStatus.ENDED, AssignmentStatus.DECLINED));

    private final Set<AssignmentStatus> states;

    InboxTab(Set<AssignmentStatus> states) {
        this.states = states;
    }

    public Set<AssignmentStatus> states() {
        return states;
    }
}
