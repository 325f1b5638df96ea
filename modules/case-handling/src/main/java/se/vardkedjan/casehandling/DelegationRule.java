package se.vardkedjan.casehandling;

import java.time.Instant;

/**
 * A rule of the municipality's delegation order (delegationsordning): the lowest role that may decide an intervention
 * type, {@code caseworker} or {@code unit_manager}. A decision above a caseworker's delegation goes to the unit manager
 * for approval. {@code version} is for optimistic locking; the last change is empty for a rule as seeded.
 */
public record DelegationRule(InterventionType type, String lowestRole, long version, String lastChangedBy,
                             Instant lastChangedAt) {
}
