package se.vardkedjan.providercontracts;

import java.util.Set;

/**
 * The groups in which a provider sees its assignments, on the inbox page's tabs and in the API's list (ADR 0025,
 * 0027): new (sent, received, not yet answered), accepted (not yet started), running, and ended (ended, or declined
 * by the provider).
 */
public enum ProviderAssignmentGroup {
    /** Sent and not yet answered: to receive, accept or decline. */
    NEW(Set.of(AssignmentStatus.SENT, AssignmentStatus.RECEIVED)),
    /** Accepted, not yet started. */
    ACCEPTED(Set.of(AssignmentStatus.ACCEPTED)),
    /** Started and not ended. */
    RUNNING(Set.of(AssignmentStatus.RUNNING)),
    /** Ended, and those the provider declined. */
    ENDED(Set.of(AssignmentStatus.ENDED, AssignmentStatus.DECLINED));

    private final Set<AssignmentStatus> states;

    ProviderAssignmentGroup(Set<AssignmentStatus> states) {
        this.states = states;
    }

    public Set<AssignmentStatus> states() {
        return states;
    }
}
