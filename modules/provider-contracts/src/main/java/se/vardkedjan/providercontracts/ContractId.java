package se.vardkedjan.providercontracts;

import java.util.Objects;
import java.util.UUID;

/** A contract with a provider (avtal): own-run, framework agreement, LOV or direct award. */
public record ContractId(UUID value) {

    public ContractId {
        Objects.requireNonNull(value, "id");
    }

    public static ContractId random() {
        return new ContractId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
