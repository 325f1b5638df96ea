package se.vardkedjan.casehandling.readmodel;

import se.vardkedjan.casehandling.ProtectionLevel;
import se.vardkedjan.casehandling.ProtectionProposalId;
import se.vardkedjan.sharedkernel.PersonId;

import java.time.Instant;

/**
 * A person's protection as the protection view shows it: the identity number and the level, never the name or the
 * address; and the proposal waiting for a second person, if any.
 */
public record ProtectionStatus(PersonId personId, long version, String identityNumber, ProtectionLevel level,
                               Proposal pending) {

    /**
     * A proposal to lift the protection or change its level.
     *
     * @param proposedByName the proposer as the organisation register names them (their username when it has none)
     * @param mine           the signed-in user made it (and so may not decide it)
     */
    public record Proposal(ProtectionProposalId id, PersonId personId, String identityNumber, ProtectionLevel from,
                           ProtectionLevel to, String reason, String proposedByName, Instant proposedAt,
                           boolean mine) {
    }
}
