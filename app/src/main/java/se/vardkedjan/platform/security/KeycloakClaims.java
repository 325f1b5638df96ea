package se.vardkedjan.platform.security;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The claims our realm puts into the tokens (see the protocol mappers in keycloak-realm/realm/vardkedjan-realm.json).
 */
final class KeycloakClaims {

    static final String ROLES = "roles";
    static final String UNITS = "units";
    static final String PROVIDER_ORGANISATIONS = "provider_organisations";
    /** BankID's level of assurance of a portal login (a user-session note the portal's BankID step sets). */
    static final String ASSURANCE_LEVEL = "assurance_level";

    private KeycloakClaims() {
    }

    static List<String> strings(Map<String, Object> claims, String name) {
        var value = claims.get(name);
        if (value instanceof Collection<?> values) {
            return values.stream().filter(String.class::isInstance).map(String.class::cast).toList();
        }
        if (value instanceof String single && !single.isBlank()) {
            return List.of(single);
        }
        return List.of();
    }
}
