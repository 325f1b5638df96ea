package se.vardkedjan.casehandling;

import java.util.Objects;
import java.util.UUID;

/** A care plan (vårdplan) revision of a case; a revised plan gets a new id. */
public record CarePlanId(UUID value) {

    public CarePlanId {
        Objects.requireNonNull(value, "id");
    }

    public static CarePlanId random() {
        return new CarePlanId(UUID.randomUUID());
    }

    public static CarePlanId parse(String value) {
        return new CarePlanId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
