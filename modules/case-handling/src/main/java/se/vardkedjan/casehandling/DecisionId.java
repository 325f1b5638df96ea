package se.vardkedjan.casehandling;

import java.util.Objects;
import java.util.UUID;

/** A decision (beslut) in a case, with one or more decided interventions. */
public record DecisionId(UUID value) {

    public DecisionId {
        Objects.requireNonNull(value, "id");
    }

    public static DecisionId random() {
        return new DecisionId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
