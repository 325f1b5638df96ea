package se.vardkedjan.providercontracts.domain;

import org.junit.jupiter.api.Test;
import se.vardkedjan.providercontracts.ProviderId;
import se.vardkedjan.providercontracts.ProviderInput;
import se.vardkedjan.providercontracts.ProviderKind;
import se.vardkedjan.providercontracts.ProviderUnitId;
import se.vardkedjan.providercontracts.ProviderUnitInput;
import se.vardkedjan.sharedkernel.RuleViolation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProviderTests {

    private static ProviderInput input(String code, String name, String number) {
        return new ProviderInput(code, name, number, ProviderKind.PRIVATE, "Anna Kontakt", "08-123 45 67",
                "info@example.se");
    }

    @Test
    void aProviderIsRegisteredWithItsCodeAndNumberAsWritten() {
        var provider = Provider.register(ProviderId.random(), input("Solgarden-HVB", "Solgården HVB",
                "5560160680"));
        assertThat(provider.code().value()).isEqualTo("solgarden-hvb");
        assertThat(provider.organisationNumber().formatted()).isEqualTo("556016-0680");
        assertThat(provider.active()).isTrue();
    }

    @Test
    void anOversizedNameIsRefusedOnItsField() {
        assertThatThrownBy(() -> Provider.register(ProviderId.random(), input("x", "Å".repeat(201), "5560160680")))
                .isInstanceOfSatisfying(RuleViolation.class, violation -> {
                    assertThat(violation.messageKey()).isEqualTo("providercontracts.error.text-too-long");
                    assertThat(violation.field()).contains(Provider.NAME);
                });
    }

    @Test
    void markupAndABadCodeAreRefused() {
        assertThatThrownBy(() -> Provider.register(ProviderId.random(), input("x", "<b>Solgården</b>",
                "5560160680"))).isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> Provider.register(ProviderId.random(), input("sol gården", "Solgården",
                "5560160680"))).isInstanceOfSatisfying(RuleViolation.class, violation -> assertThat(
                violation.messageKey()).isEqualTo("providercontracts.error.code-invalid"));
    }

    @Test
    void twoUnitsOfAProviderCannotShareAName() {
        var provider = Provider.register(ProviderId.random(), input("sol", "Solgården", "5560160680"))
                .withUnit(ProviderUnitId.random(), new ProviderUnitInput("Huset", "Gården 1", "12345", "Byn", null));
        assertThat(provider.units().getFirst().postalCode()).isEqualTo("123 45");
        assertThatThrownBy(() -> provider.withUnit(ProviderUnitId.random(),
                new ProviderUnitInput("huset", null, null, null, null))).isInstanceOf(RuleViolation.class);
    }

    @Test
    void aBadPostalCodeIsRefused() {
        var provider = Provider.register(ProviderId.random(), input("sol", "Solgården", "5560160680"));
        assertThatThrownBy(() -> provider.withUnit(ProviderUnitId.random(),
                new ProviderUnitInput("Huset", null, "1234", null, null))).isInstanceOfSatisfying(
                RuleViolation.class, violation -> assertThat(violation.field()).contains(ProviderUnit.POSTAL_CODE));
    }
}
