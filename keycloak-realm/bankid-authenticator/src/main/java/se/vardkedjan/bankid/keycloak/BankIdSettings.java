package se.vardkedjan.bankid.keycloak;

import org.keycloak.models.AuthenticatorConfigModel;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The realm's settings for one BankID step (its authenticator configuration in the realm): whose accounts the step
 * logs in, and the roles that decide who may.
 *
 * <ul>
 *     <li>{@code mode=portal} (the citizen portal): finds the citizen's account by {@code personal_number} or creates
 *     it with {@code clientRole}; an account holding any role outside {@code allowedRoles} is refused;</li>
 *     <li>{@code mode=staff} (the staff login, where the municipality has switched it on): finds the account an
 *     administrator linked through {@code staff_personal_number}, never creates one, and refuses an account that holds
 *     none of {@code staffRoles}.</li>
 * </ul>
 * Without a mode the step is the portal's; an unknown mode stops the step. Role lists are separated by commas or
 * spaces; a client's role is written {@code clientId.role}.
 */
record BankIdSettings(Mode mode, String clientRole, List<String> allowedRoles, List<String> staffRoles) {

    enum Mode {
        PORTAL, STAFF;

        String value() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    static final String MODE = "mode";
    static final String CLIENT_ROLE = "clientRole";
    static final String ALLOWED_ROLES = "allowedRoles";
    static final String STAFF_ROLES = "staffRoles";
    static final String DEFAULT_CLIENT_ROLE = "client";
    /** The client role and the realm's default roles (offline access, the account console), which Keycloak gives. */
    static final String DEFAULT_ALLOWED_ROLES = "client,default-roles-vardkedjan";
    static final String DEFAULT_STAFF_ROLES =
            "caseworker,unit_manager,analyst,provider_staff,administrator,region_participant";

    static BankIdSettings of(AuthenticatorConfigModel config) {
        Map<String, String> values = config == null || config.getConfig() == null ? Map.of() : config.getConfig();
        var mode = mode(value(values, MODE, Mode.PORTAL.value()));
        var clientRole = value(values, CLIENT_ROLE, DEFAULT_CLIENT_ROLE);
        return new BankIdSettings(mode, clientRole, roles(value(values, ALLOWED_ROLES, DEFAULT_ALLOWED_ROLES)),
                roles(value(values, STAFF_ROLES, DEFAULT_STAFF_ROLES)));
    }

    /** A mode the step does not know is a configuration error: no login rather than a guess. */
    private static Mode mode(String value) {
        for (var mode : Mode.values()) {
            if (mode.value().equalsIgnoreCase(value)) {
                return mode;
            }
        }
        throw new IllegalArgumentException("The BankID step's mode must be portal or staff, not " + value);
    }

    private static String value(Map<String, String> values, String name, String fallback) {
        var value = values.get(name);
        return value == null || value.isBlank() ? fallback : value.trim();
    }

    private static List<String> roles(String list) {
        return Arrays.stream(list.split("[,#\\s]+")).map(String::trim).filter(role -> !role.isEmpty()).toList();
    }
}
