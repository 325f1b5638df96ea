package se.vardkedjan.casehandling;

import java.util.Objects;
import java.util.UUID;

/** The id of a SIP (samordnad individuell plan). */
public record CoordinatedPlanId(UUID value) {

    public CoordinatedPlanId {
        Objects.requireNonNull(value, "coordinated plan id");
    }

    public static CoordinatedPlanId random() {
        return new CoordinatedPlanId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
