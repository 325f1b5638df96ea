package se.vardkedjan.providercontracts;

/**
 * A contract the caseworker may choose for a method on a date: the provider, the contract's form, and its places
 * (null when unlimited) with how many are taken; a full contract is shown, and only a client's LOV choice may pick it.
 */
public record ProviderOption(ProviderId provider, String providerName, ContractId contract, String reference,
                             String form, Integer places, int taken) {

    public boolean full() {
        return places != null && taken >= places;
    }

    public boolean lov() {
        return "LOV".equals(form);
    }
}
