package se.vardkedjan.providercontracts.domain;

import java.util.Objects;
import java.util.UUID;

/** A goal of the care plan as it was copied into the assignment when it was sent: its id there and its text. */
public record AssignmentGoal(UUID goalId, String text) {

    public AssignmentGoal {
        Objects.requireNonNull(text, "text");
    }
}
