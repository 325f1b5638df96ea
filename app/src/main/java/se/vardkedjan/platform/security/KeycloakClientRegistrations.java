package se.vardkedjan.platform.security;

import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The app's two registrations at Keycloak, {@value #STAFF} and {@value #PORTAL}, resolved from the realm's OIDC
 * discovery document on first use rather than at start-up: the app starts (and reports not-ready) while Keycloak is
 * still coming up, and picks it up as soon as it answers. (Deliberately not {@code Iterable}: Spring Security would
 * then resolve every registration while building the filter chain.)
 */
final class KeycloakClientRegistrations implements ClientRegistrationRepository {

    static final String STAFF = "staff";
    static final String PORTAL = "portal";

    private final IdentityProperties properties;
    private final Map<String, ClientRegistration> resolved = new ConcurrentHashMap<>();

    KeycloakClientRegistrations(IdentityProperties properties) {
        this.properties = properties;
    }

    @Override
    public ClientRegistration findByRegistrationId(String registrationId) {
        var client = switch (registrationId) {
            case STAFF -> properties.staff();
            case PORTAL -> properties.portal();
            default -> null;
        };
        if (client == null) {
            return null;
        }
        return resolved.computeIfAbsent(registrationId, id -> discover(id, client));
    }

    private ClientRegistration discover(String registrationId, IdentityProperties.Client client) {
        return ClientRegistrations.fromIssuerLocation(properties.issuerUri())
                .registrationId(registrationId)
                .clientId(client.clientId())
                .clientSecret(client.clientSecret())
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .scope("openid", "profile", "email")
                .userNameAttributeName("sub")
                .build();
    }
}
