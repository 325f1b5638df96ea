package se.vardkedjan.organisation;

import java.time.Instant;

/**
 * A rule of the municipality's delegation order (delegationsordning): the lowest role that may decide an intervention
 * type, {@code caseworker} or {@code unit_manager}. A decision above a caseworker's delegation goes to the unit manager
 * for approval. {@code version} is for optimistic locking; the last change is empty for a rule as seeded.
 *
 * @param type the intervention type's code as case handling names it (its {@code InterventionType}), e.g.
 *             {@code OUTPATIENT}; only types that are decided have a rule
 */
public record DelegationRule(String type, String lowestRole, long version, String lastChangedBy,
                             Instant lastChangedAt) {
}
