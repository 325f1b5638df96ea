package se.vardkedjan.providercontracts;

import se.vardkedjan.sharedkernel.ProviderOrganisationCode;

import java.util.List;

/**
 * A provider in the register, with its units. No personal data about clients; the contact is the provider's own.
 *
 * @param organisationNumber as written, {@code NNNNNN-NNNN}
 * @param version            as read: a change names it, and a newer one means someone else changed the provider
 */
public record RegisteredProvider(ProviderId id, ProviderOrganisationCode code, String name, String organisationNumber,
                                 ProviderKind kind, String contactName, String contactPhone, String contactEmail,
                                 List<Unit> units, boolean active, long version) {

    public RegisteredProvider {
        units = List.copyOf(units);
    }

    /** One of the provider's units with its address. */
    public record Unit(ProviderUnitId id, String name, String street, String postalCode, String city, String phone,
                       boolean active) {
    }
}
