package se.vardkedjan.providercontracts;

import java.util.Objects;
import java.util.UUID;

/** An assignment (uppdrag) from the municipality to a provider, made from one granted intervention. */
public record AssignmentId(UUID value) {

    public AssignmentId {
        Objects.requireNonNull(value, "id");
    }

    public static AssignmentId random() {
        return new AssignmentId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
