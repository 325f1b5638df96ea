package se.vardkedjan.providercontracts.domain;

import se.vardkedjan.providercontracts.ContractId;
import se.vardkedjan.providercontracts.MethodCode;
import se.vardkedjan.providercontracts.ProviderId;

import java.util.Objects;

/**
 * The method chosen for the assignment and the provider and contract that carry it out; {@code clientsChoice} records
 * that the client chose the provider under a LOV choice system (lagen om valfrihetssystem).
 */
public record ProviderChoice(MethodCode method, ProviderId provider, ContractId contract, boolean clientsChoice) {

    public ProviderChoice {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(contract, "contract");
    }
}
