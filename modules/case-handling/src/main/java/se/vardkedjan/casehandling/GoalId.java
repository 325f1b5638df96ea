package se.vardkedjan.casehandling;

import java.util.Objects;
import java.util.UUID;

/** A goal of a care plan, written with the client. */
public record GoalId(UUID value) {

    public GoalId {
        Objects.requireNonNull(value, "id");
    }

    public static GoalId random() {
        return new GoalId(UUID.randomUUID());
    }

    public static GoalId parse(String value) {
        return new GoalId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
