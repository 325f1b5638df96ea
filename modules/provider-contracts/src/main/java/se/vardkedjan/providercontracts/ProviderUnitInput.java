package se.vardkedjan.providercontracts;

/** A provider's unit (a treatment home, a clinic, a housing) as the administrator types it, with its address. */
public record ProviderUnitInput(String name, String street, String postalCode, String city, String phone) {
}
