package se.vardkedjan.followup;

import java.util.Objects;
import java.util.UUID;

/** A measurement's id. */
public record MeasurementId(UUID value) {

    public MeasurementId {
        Objects.requireNonNull(value, "value");
    }

    public static MeasurementId random() {
        return new MeasurementId(UUID.randomUUID());
    }
}
