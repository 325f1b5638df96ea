package se.vardkedjan.bankid.keycloak;

import org.keycloak.models.AuthenticatorConfigModel;

import java.util.Arrays;
import java.util.List;

/**
 * The realm's settings for the BankID step (its authenticator configuration in the realm): the role new citizen
 * accounts get, and the roles whose holders may not log in this way (staff).
 */
record PortalSettings(String clientRole, List<String> refusedRoles) {

    static final String CLIENT_ROLE = "clientRole";
    static final String REFUSED_ROLES = "refusedRoles";
    static final String DEFAULT_CLIENT_ROLE = "client";
    static final String DEFAULT_REFUSED_ROLES = "caseworker,unit_manager,analyst,provider_staff,administrator";

    static PortalSettings of(AuthenticatorConfigModel config) {
        var values = config == null || config.getConfig() == null ? java.util.Map.<String, String>of() : config.getConfig();
        var clientRole = values.getOrDefault(CLIENT_ROLE, DEFAULT_CLIENT_ROLE);
        var refused = values.getOrDefault(REFUSED_ROLES, DEFAULT_REFUSED_ROLES);
        return new PortalSettings(clientRole == null || clientRole.isBlank() ? DEFAULT_CLIENT_ROLE : clientRole.trim(),
                Arrays.stream((refused == null ? "" : refused).split("[,#\\s]+"))
                        .map(String::trim).filter(role -> !role.isEmpty()).toList());
    }
}
