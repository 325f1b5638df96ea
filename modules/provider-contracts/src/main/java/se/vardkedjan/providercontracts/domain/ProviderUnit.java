package se.vardkedjan.providercontracts.domain;

import se.vardkedjan.providercontracts.ProviderUnitId;
import se.vardkedjan.providercontracts.ProviderUnitInput;
import se.vardkedjan.sharedkernel.RuleViolation;

import java.util.regex.Pattern;

/** One unit of a provider with its address (a treatment home, a clinic, a housing). */
public record ProviderUnit(ProviderUnitId id, String name, String street, String postalCode, String city,
                           String phone, boolean active) {

    static final String NAME = "providercontracts.unit.name";
    static final String STREET = "providercontracts.unit.street";
    static final String POSTAL_CODE = "providercontracts.unit.postal-code";
    static final String CITY = "providercontracts.unit.city";
    static final String PHONE = "providercontracts.unit.phone";

    private static final Pattern POSTAL = Pattern.compile("(\\d{3}) ?(\\d{2})");
    private static final Pattern PHONE_FORMAT = Pattern.compile("\\+?[0-9 ()-]{5,40}");

    static ProviderUnit of(ProviderUnitId id, ProviderUnitInput input, boolean active) {
        var name = ProviderText.requiredLine(NAME, input.name(), ProviderText.SHORT);
        var street = ProviderText.optionalLine(STREET, input.street(), ProviderText.SHORT);
        var postal = ProviderText.optionalLine(POSTAL_CODE, input.postalCode(), 6);
        if (postal != null) {
            var matcher = POSTAL.matcher(postal);
            if (!matcher.matches()) {
                throw RuleViolation.forField(POSTAL_CODE, "providercontracts.error.postal-code-invalid");
            }
            postal = matcher.group(1) + " " + matcher.group(2);
        }
        var city = ProviderText.optionalLine(CITY, input.city(), 100);
        var phone = ProviderText.optionalLine(PHONE, input.phone(), 40);
        if (phone != null && !PHONE_FORMAT.matcher(phone).matches()) {
            throw RuleViolation.forField(PHONE, "providercontracts.error.phone-invalid");
        }
        return new ProviderUnit(id, name, street, postal, city, phone, active);
    }
}
