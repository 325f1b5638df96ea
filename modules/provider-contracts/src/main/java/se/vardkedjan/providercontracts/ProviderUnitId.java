package se.vardkedjan.providercontracts;

import java.util.Objects;
import java.util.UUID;

/** One unit of a provider (a treatment home, a clinic, a housing) in the register. */
public record ProviderUnitId(UUID value) {

    public ProviderUnitId {
        Objects.requireNonNull(value, "id");
    }

    public static ProviderUnitId random() {
        return new ProviderUnitId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
