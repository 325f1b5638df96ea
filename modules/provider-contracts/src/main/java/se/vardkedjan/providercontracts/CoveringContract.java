package se.vardkedjan.providercontracts;

import se.vardkedjan.sharedkernel.ProviderOrganisationCode;

import java.time.LocalDate;

/**
 * An active provider's contract that covers a method on a date: what a caseworker chooses among when assigning
 * ({@link ProviderRegister#contractsCovering}). A {@link ContractForm#LOV} contract is one the client may choose.
 *
 * @param priceOre the price per {@code priceUnit} in öre
 * @param places   the places the contract gives, or null when it gives no fixed number
 */
public record CoveringContract(ContractId contractId, ProviderId providerId, ProviderOrganisationCode providerCode,
                               String providerName, ContractForm form, PriceUnit priceUnit, long priceOre,
                               Integer places, LocalDate validFrom, LocalDate validTo) {
}
