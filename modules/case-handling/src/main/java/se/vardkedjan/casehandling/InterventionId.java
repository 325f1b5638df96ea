package se.vardkedjan.casehandling;

import java.util.Objects;
import java.util.UUID;

/** One decided intervention (insats) within a decision. */
public record InterventionId(UUID value) {

    public InterventionId {
        Objects.requireNonNull(value, "id");
    }

    public static InterventionId random() {
        return new InterventionId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
