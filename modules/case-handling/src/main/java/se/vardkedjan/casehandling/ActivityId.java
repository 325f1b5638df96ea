package se.vardkedjan.casehandling;

import java.util.Objects;
import java.util.UUID;

/** An activity of a care plan: who does what, and when. */
public record ActivityId(UUID value) {

    public ActivityId {
        Objects.requireNonNull(value, "id");
    }

    public static ActivityId random() {
        return new ActivityId(UUID.randomUUID());
    }

    public static ActivityId parse(String value) {
        return new ActivityId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
