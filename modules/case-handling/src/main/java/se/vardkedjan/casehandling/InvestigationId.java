package se.vardkedjan.casehandling;

import java.util.Objects;
import java.util.UUID;

/** An investigation (utredning): one per case. */
public record InvestigationId(UUID value) {

    public InvestigationId {
        Objects.requireNonNull(value, "id");
    }

    public static InvestigationId random() {
        return new InvestigationId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
