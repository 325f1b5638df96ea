package se.vardkedjan.providercontracts.domain;

import se.vardkedjan.providercontracts.ProviderId;
import se.vardkedjan.providercontracts.ProviderInput;
import se.vardkedjan.providercontracts.ProviderKind;
import se.vardkedjan.providercontracts.ProviderUnitId;
import se.vardkedjan.providercontracts.ProviderUnitInput;
import se.vardkedjan.sharedkernel.ProviderOrganisationCode;
import se.vardkedjan.sharedkernel.RuleViolation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A provider organisation (utförare) with its units: the municipality's own units or a private company. Its code is
 * the value of the {@code provider_organisations} claim its staff sign in with, and does not change once registered
 * (staff accounts and assignments name it). Never removed: deactivated instead.
 */
public record Provider(ProviderId id, ProviderOrganisationCode code, String name, OrganisationNumber organisationNumber,
                       ProviderKind kind, String contactName, String contactPhone, String contactEmail,
                       List<ProviderUnit> units, boolean active, long version) {

    static final String CODE = "providercontracts.provider.code";
    static final String NAME = "providercontracts.provider.name";
    static final String KIND = "providercontracts.provider.kind";
    static final String CONTACT_NAME = "providercontracts.provider.contact-name";
    static final String CONTACT_PHONE = "providercontracts.provider.contact-phone";
    static final String CONTACT_EMAIL = "providercontracts.provider.contact-email";

    private static final Pattern CODE_FORMAT = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()-]{5,40}");

    public Provider {
        units = List.copyOf(units);
    }

    /** A new provider from what the administrator typed, checked field by field. */
    public static Provider register(ProviderId id, ProviderInput input) {
        var typed = ProviderText.requiredLine(CODE, input.code(), 64).toLowerCase(Locale.ROOT);
        if (!CODE_FORMAT.matcher(typed).matches()) {
            throw RuleViolation.forField(CODE, "providercontracts.error.code-invalid", typed);
        }
        return withDetails(id, new ProviderOrganisationCode(typed), input, List.of(), true, 0);
    }

    /** The same provider with changed name, organisation number, kind and contact; its code and units stay. */
    public Provider describedAs(ProviderInput input) {
        return withDetails(id, code, input, units, active, version);
    }

    private static Provider withDetails(ProviderId id, ProviderOrganisationCode code, ProviderInput input,
                                        List<ProviderUnit> units, boolean active, long version) {
        var name = ProviderText.requiredLine(NAME, input.name(), ProviderText.SHORT);
        var number = OrganisationNumber.parse(input.organisationNumber());
        if (input.kind() == null) {
            throw RuleViolation.forField(KIND, "providercontracts.error.choice-required", KIND);
        }
        var contactName = ProviderText.optionalLine(CONTACT_NAME, input.contactName(), ProviderText.SHORT);
        var phone = ProviderText.optionalLine(CONTACT_PHONE, input.contactPhone(), 40);
        if (phone != null && !PHONE.matcher(phone).matches()) {
            throw RuleViolation.forField(CONTACT_PHONE, "providercontracts.error.phone-invalid");
        }
        var email = ProviderText.optionalLine(CONTACT_EMAIL, input.contactEmail(), ProviderText.SHORT);
        if (email != null && !EMAIL.matcher(email).matches()) {
            throw RuleViolation.forField(CONTACT_EMAIL, "providercontracts.error.email-invalid");
        }
        return new Provider(id, code, name, number, input.kind(), contactName, phone, email, units, active, version);
    }

    /** The provider with one more unit; two units of a provider cannot have the same name. */
    public Provider withUnit(ProviderUnitId unitId, ProviderUnitInput input) {
        var unit = ProviderUnit.of(unitId, input, true);
        checkNameFree(unit);
        var changed = new ArrayList<>(units);
        changed.add(unit);
        return new Provider(id, code, name, organisationNumber, kind, contactName, contactPhone, contactEmail,
                changed, active, version);
    }

    /** The provider with one unit's name, address and phone changed. */
    public Provider withUnitChanged(ProviderUnitId unitId, ProviderUnitInput input) {
        var existing = unit(unitId);
        var unit = ProviderUnit.of(unitId, input, existing.active());
        checkNameFree(unit);
        return replacing(unit);
    }

    /** The provider with one unit deactivated (or active again): a unit is never removed. */
    public Provider withUnitActive(ProviderUnitId unitId, boolean unitActive) {
        var existing = unit(unitId);
        return replacing(new ProviderUnit(existing.id(), existing.name(), existing.street(), existing.postalCode(),
                existing.city(), existing.phone(), unitActive));
    }

    /** Deactivated: no new assignment can go to it; what it did stays. Or active again. */
    public Provider withActive(boolean nowActive) {
        return new Provider(id, code, name, organisationNumber, kind, contactName, contactPhone, contactEmail, units,
                nowActive, version);
    }

    private ProviderUnit unit(ProviderUnitId unitId) {
        return units.stream().filter(unit -> unit.id().equals(unitId)).findFirst()
                .orElseThrow(() -> new RuleViolation("providercontracts.error.unit-unknown"));
    }

    private void checkNameFree(ProviderUnit unit) {
        if (units.stream().anyMatch(other -> !other.id().equals(unit.id())
                && other.name().equalsIgnoreCase(unit.name()))) {
            throw RuleViolation.forField(ProviderUnit.NAME, "providercontracts.error.unit-name-taken", unit.name());
        }
    }

    private Provider replacing(ProviderUnit unit) {
        var changed = units.stream().map(other -> other.id().equals(unit.id()) ? unit : other).toList();
        return new Provider(id, code, name, organisationNumber, kind, contactName, contactPhone, contactEmail,
                changed, active, version);
    }
}
