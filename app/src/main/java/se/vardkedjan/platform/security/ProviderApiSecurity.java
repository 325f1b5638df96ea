package se.vardkedjan.platform.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import se.vardkedjan.sharedkernel.Roles;

import java.util.function.Supplier;

/**
 * The REST API's door for providers' own systems (ADR 0025): a filter chain of its own for {@code /api/**}, before the
 * UI's login chain, as an OAuth2 resource server. A call carries an access token from the realm (signed by its key,
 * issued by the same issuer the login uses, unexpired, an access token and not an ID token); the token becomes the
 * same {@code Actor} as a login ({@link RealmAuthorities#accessToken}, {@link SecurityContextCurrentActor}), so the
 * facades' checks and the access log work unchanged. Only a provider's system bound to exactly one provider
 * organisation may call: no token or a bad one is 401, any other caller 403 and recorded ({@link ApiRefusals}).
 * Stateless: no session, no cookie, and so no CSRF token for bearer-token calls. The OpenAPI document is public.
 */
@Configuration
class ProviderApiSecurity {

    static final String API = "/api/**";
    static final String OPENAPI_DOCUMENT = "/api/openapi.json";

    /** Exactly one provider organisation and the provider-system role, from a provider system's access token. */
    static final AuthorizationManager<RequestAuthorizationContext> ONE_PROVIDER_SYSTEM =
            new AuthorizationManager<>() {
                @Override
                public AuthorizationResult authorize(Supplier<? extends Authentication> authentication,
                                                     RequestAuthorizationContext request) {
                    return new AuthorizationDecision(isOneProviderSystem(authentication.get()));
                }
            };

    @Bean
    @Order(1)
    SecurityFilterChain providerApiFilterChain(HttpSecurity http, JwtDecoder apiTokenDecoder,
                                               RealmAuthorities realmAuthorities, ApiRefusals refusals)
            throws Exception {
        var paths = PathPatternRequestMatcher.withDefaults();
        http.securityMatcher(paths.matcher(API))
                .authorizeHttpRequests(authorize -> authorize
                        .requestMatchers(paths.matcher(HttpMethod.GET, OPENAPI_DOCUMENT)).permitAll()
                        .anyRequest().access(ONE_PROVIDER_SYSTEM))
                .oauth2ResourceServer(server -> server
                        .jwt(jwt -> jwt.decoder(apiTokenDecoder)
                                .jwtAuthenticationConverter(new ApiTokenAuthentication(realmAuthorities)))
                        .authenticationEntryPoint(refusals)
                        .accessDeniedHandler(refusals))
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(refusals)
                        .accessDeniedHandler(refusals))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(AbstractHttpConfigurer::disable)
                .csrf(AbstractHttpConfigurer::disable)
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp
                        .policyDirectives("default-src 'none'; frame-ancestors 'none'")));
        return http.build();
    }

    /**
     * Access tokens of the realm the login uses: its signing keys from its JWKS, found through its discovery document
     * on first use (so the app starts while Keycloak is still coming up), its issuer, the token's lifetime, and
     * Keycloak's token type {@code Bearer} (an ID token, signed by the same key, is not an access token).
     */
    @Bean
    JwtDecoder apiTokenDecoder(IdentityProperties properties) {
        var issuer = properties.issuerUri();
        return new SupplierJwtDecoder(() -> {
            var decoder = NimbusJwtDecoder.withIssuerLocation(issuer).build();
            decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(JwtValidators.createDefaultWithIssuer(issuer),
                    new JwtClaimValidator<String>("typ", "Bearer"::equals)));
            return decoder;
        });
    }

    static boolean isOneProviderSystem(Authentication authentication) {
        if (!(authentication instanceof JwtAuthenticationToken) || !authentication.isAuthenticated()) {
            return false;
        }
        var authorities = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
        return authorities.contains(RealmAuthorities.ROLE_PREFIX + Roles.PROVIDER_SYSTEM)
                && authorities.stream()
                        .filter(authority -> authority.startsWith(RealmAuthorities.PROVIDER_ORGANISATION_PREFIX))
                        .count() == 1;
    }
}
