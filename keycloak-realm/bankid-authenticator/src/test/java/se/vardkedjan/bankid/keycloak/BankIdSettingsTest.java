package se.vardkedjan.bankid.keycloak;

import org.junit.jupiter.api.Test;
import org.keycloak.models.AuthenticatorConfigModel;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BankIdSettingsTest {

    @Test
    void withoutSettingsTheStepIsThePortalsAndAllowsOnlyTheClientRoleAndTheDefaultRoles() {
        var settings = BankIdSettings.of(null);

        assertThat(settings.mode()).isEqualTo(BankIdSettings.Mode.PORTAL);
        assertThat(settings.clientRole()).isEqualTo("client");
        assertThat(settings.allowedRoles()).containsExactly("client", "default-roles-vardkedjan");
        assertThat(settings.staffRoles()).containsExactly("caseworker", "unit_manager", "analyst", "provider_staff",
                "administrator", "region_participant");
    }

    @Test
    void theRealmNamesTheModeAndTheRoles() {
        var settings = BankIdSettings.of(config(Map.of("mode", "Staff", "clientRole", "invanare",
                "allowedRoles", "a, b##account.view-profile", "staffRoles", "x y")));

        assertThat(settings).isEqualTo(new BankIdSettings(BankIdSettings.Mode.STAFF, "invanare",
                List.of("a", "b", "account.view-profile"), List.of("x", "y")));
    }

    @Test
    void anUnknownModeStopsTheStepRatherThanGuessWhoseAccountsToLogIn() {
        assertThatThrownBy(() -> BankIdSettings.of(config(Map.of("mode", "personal"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("portal or staff");
        assertThat(BankIdSettings.of(config(Map.of("mode", " "))).mode()).isEqualTo(BankIdSettings.Mode.PORTAL);
    }

    private static AuthenticatorConfigModel config(Map<String, String> values) {
        var config = new AuthenticatorConfigModel();
        config.setConfig(values);
        return config;
    }
}
