package se.vardkedjan.providercontracts;

/**
 * A provider as the administrator types it: its code (the value of the {@code provider_organisations} claim its staff
 * sign in with, e.g. {@code solgarden-hvb}), name, organisation number (with or without the hyphen), kind and contact.
 */
public record ProviderInput(String code, String name, String organisationNumber, ProviderKind kind,
                            String contactName, String contactPhone, String contactEmail) {
}
