package se.vardkedjan.providercontracts;

import java.time.LocalDate;
import java.util.Set;

/**
 * A provider's contract as it stands.
 *
 * @param validTo  the last day, or null: until further notice
 * @param priceOre the price per {@code priceUnit} in öre (1/100 krona)
 * @param places   the places the contract gives, or null when it gives no fixed number
 * @param expiring whether it ends within {@value ProviderRegister#EXPIRY_NOTICE_DAYS} days of today
 */
public record ContractTerms(ContractId id, ProviderId providerId, String reference, ContractForm form,
                            LocalDate validFrom, LocalDate validTo, Set<MethodCode> methods, PriceUnit priceUnit,
                            long priceOre, Integer places, boolean expiring, long version) {

    public ContractTerms {
        methods = Set.copyOf(methods);
    }
}
