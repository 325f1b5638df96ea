package se.vardkedjan.platform.security;

import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestResolver;

/**
 * Authorization requests with PKCE (S256) for our confidential clients too: Spring Security adds PKCE by default only
 * for public clients, and the realm requires it for both.
 */
final class PkceAuthorizationRequests {

    private PkceAuthorizationRequests() {
    }

    static OAuth2AuthorizationRequestResolver resolver(ClientRegistrationRepository registrations) {
        var resolver = new DefaultOAuth2AuthorizationRequestResolver(registrations, "/oauth2/authorization");
        resolver.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
        return resolver;
    }
}
