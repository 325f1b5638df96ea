package se.vardkedjan.providercontracts;

import java.util.Set;

/**
 * The groups in which a provider sees its assignments: new (sent, received, not yet answered), accepted (not yet
 * started), running, and ended (ended, or declined by the provider).
 */
public enum ProviderAssignmentGroup {
    NEW(Set.of(AssignmentStatus.SENT, AssignmentStatus.RECEIVED)),
    ACCEPTED(Set.of(AssignmentStatus.ACCEPTED)),
    RUNNING(Set.of(AssignmentStatus.RUNNING)),
    ENDED(Set.of(AssignmentStatus.ENDED, AssignmentStatus.DECLINED));

    private final Set<AssignmentStatus> states;

    ProviderAssignmentGroup(Set<AssignmentStatus> states) {
        this.states = states;
    }

    public Set<AssignmentStatus> states() {
        return states;
    }
}
