package se.vardkedjan.providercontracts;

import java.util.Objects;
import java.util.UUID;

/** A provider organisation (utförare) in the register. */
public record ProviderId(UUID value) {

    public ProviderId {
        Objects.requireNonNull(value, "id");
    }

    public static ProviderId random() {
        return new ProviderId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
