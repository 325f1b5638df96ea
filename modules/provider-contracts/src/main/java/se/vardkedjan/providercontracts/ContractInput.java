package se.vardkedjan.providercontracts;

import java.time.LocalDate;
import java.util.Set;

/**
 * A contract as the administrator types it: its reference (the procurement's or agreement's number), form, period
 * ({@code validTo} empty: until further notice), the catalogue's methods it covers, the price in öre per unit, and
 * the places it gives (empty: no fixed number).
 */
public record ContractInput(String reference, ContractForm form, LocalDate validFrom, LocalDate validTo,
                            Set<MethodCode> methods, PriceUnit priceUnit, Long priceOre, Integer places) {
}
