package se.vardkedjan.bankid.keycloak;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.keycloak.models.AuthenticatorConfigModel;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
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

    /**
     * The realm file is the truth about which roles exist: the portal lets in the client role and nothing else, and
     * the staff login every other role of a person (not provider_system, which systems hold), in the code's defaults
     * and in the realm's own step configurations alike. A role added to the realm and forgotten here (as
     * region_participant once was) fails this test.
     */
    @Test
    void thePortalAllowsOnlyTheClientRoleAndTheStaffLoginEveryOtherRoleOfTheRealm() throws IOException {
        var realm = new ObjectMapper().readTree(Path.of("../realm/vardkedjan-realm.json").toFile());
        var roles = new ArrayList<String>();
        realm.path("roles").path("realm").forEach(role -> roles.add(role.path("name").asText()));
        roles.removeIf(name -> name.startsWith("default-roles-") || name.equals("offline_access")
                || name.equals("uma_authorization"));
        assertThat(roles).contains("client", "caseworker", "region_participant");
        // provider_system is a provider's own system with client credentials, never a person who logs in
        var staffRoles = roles.stream().filter(role -> !role.equals("client") && !role.equals("provider_system"))
                .toList();

        var configs = new HashMap<String, BankIdSettings>();
        realm.path("authenticatorConfig").forEach(config -> {
            var values = new HashMap<String, String>();
            config.path("config").properties().forEach(entry -> values.put(entry.getKey(), entry.getValue().asText()));
            configs.put(config.path("alias").asText(), BankIdSettings.of(config(values)));
        });
        assertThat(configs).containsKeys("bankid-portal", "bankid-staff");

        for (var settings : List.of(BankIdSettings.of(null), configs.get("bankid-portal"))) {
            assertThat(settings.mode()).isEqualTo(BankIdSettings.Mode.PORTAL);
            assertThat(settings.clientRole()).isEqualTo("client");
            assertThat(settings.allowedRoles().stream().filter(roles::contains)).containsExactly("client");
        }
        for (var settings : List.of(BankIdSettings.of(null), configs.get("bankid-staff"))) {
            assertThat(settings.staffRoles()).containsExactlyInAnyOrderElementsOf(staffRoles);
        }
    }

    private static AuthenticatorConfigModel config(Map<String, String> values) {
        var config = new AuthenticatorConfigModel();
        config.setConfig(values);
        return config;
    }
}
