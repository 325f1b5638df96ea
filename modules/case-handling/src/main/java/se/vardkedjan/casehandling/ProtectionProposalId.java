package se.vardkedjan.casehandling;

import java.util.Objects;
import java.util.UUID;

/** A proposal to lift a person's protection or change its level, waiting for a second person's decision. */
public record ProtectionProposalId(UUID value) {

    public ProtectionProposalId {
        Objects.requireNonNull(value, "protection proposal id");
    }

    public static ProtectionProposalId random() {
        return new ProtectionProposalId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
