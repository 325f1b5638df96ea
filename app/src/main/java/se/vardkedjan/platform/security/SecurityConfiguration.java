package se.vardkedjan.platform.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.micrometer.metrics.autoconfigure.export.prometheus.PrometheusScrapeEndpoint;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authorization.AuthorizationEventPublisher;
import org.springframework.security.authorization.SpringAuthorizationEventPublisher;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.DelegatingAuthenticationEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.context.support.WebApplicationContextUtils;

/**
 * Who may reach what over HTTP. Login is Spring Security's OIDC client against Keycloak (authorization code with PKCE),
 * one registration for the staff and provider UI and one for the citizen portal; an anonymous visitor to a portal path
 * is sent to the portal's login, to any other protected path to the staff login. View-level rules are the views'
 * {@code @RolesAllowed}, enforced by Vaadin's navigation access control; record-level rules live in the facades. The
 * REST API under {@code /api} has a chain of its own before this one ({@link ProviderApiSecurity}).
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity
@EnableConfigurationProperties(IdentityProperties.class)
class SecurityConfiguration {

    static final String STAFF_LOGIN = "/oauth2/authorization/" + KeycloakClientRegistrations.STAFF;
    static final String PORTAL_LOGIN = "/oauth2/authorization/" + KeycloakClientRegistrations.PORTAL;
    static final String LOGGED_OUT_PATH = "utloggad";

    /**
     * Vaadin needs inline styles and its bundle's eval; everything else is same-origin only and never framed.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
            + "connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'";

    /**
     * The management port (ADR 0032): health for the load balancer and metrics for Prometheus, without a login, and
     * nothing else. The app's port serves neither: the endpoints live in the management server's own context, and this
     * chain takes every request there, whatever its path.
     */
    @Bean
    @Order(0)
    SecurityFilterChain managementSecurityFilterChain(HttpSecurity http) throws Exception {
        http.securityMatcher(SecurityConfiguration::onTheManagementPort)
                .authorizeHttpRequests(authorize -> authorize
                        .requestMatchers(EndpointRequest.to(HealthEndpoint.class, PrometheusScrapeEndpoint.class))
                        .permitAll()
                        .anyRequest().denyAll())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable());
        return http.build();
    }

    /** A request the management server answers: it runs in a context of its own, on its own port. */
    private static boolean onTheManagementPort(HttpServletRequest request) {
        var context = WebApplicationContextUtils.findWebApplicationContext(request.getServletContext());
        return context != null && WebServerApplicationContext.hasServerNamespace(context, "management");
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, ClientRegistrationRepository registrations)
            throws Exception {
        var paths = PathPatternRequestMatcher.withDefaults();
        RequestMatcher portal = new OrRequestMatcher(paths.matcher("/portal"), paths.matcher("/portal/**"));

        http.authorizeHttpRequests(authorize -> authorize
                .requestMatchers(paths.matcher("/branding/**"), paths.matcher("/styles/**"), paths.matcher("/error"))
                .permitAll());
        // One explicit choice, whatever the request's Accept header: portal paths to the portal's login, the rest to
        // the staff login.
        http.exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(DelegatingAuthenticationEntryPoint
                .builder()
                .addEntryPointFor(new LoginUrlAuthenticationEntryPoint(PORTAL_LOGIN), portal)
                .defaultEntryPoint(new LoginUrlAuthenticationEntryPoint(STAFF_LOGIN))
                .build()));
        http.oidcLogout(logout -> logout.backChannel(Customizer.withDefaults()));
        http.headers(headers -> headers
                // Written before the response starts: Vaadin writes its pages past the lazy header hook.
                .withObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                    @Override
                    public <O extends HeaderWriterFilter> O postProcess(O filter) {
                        filter.setShouldWriteHeadersEagerly(true);
                        return filter;
                    }
                })
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                .permissionsPolicyHeader(permissions -> permissions.policy("camera=(), microphone=(), geolocation=()")));
        // A path that matches no route reaches Vaadin (for a signed-in user), which answers 404 with its not-found
        // page; by default the configurer denies such a request with a bare 403.
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin
                .oauth2LoginPage(STAFF_LOGIN, "{baseUrl}/" + LOGGED_OUT_PATH)
                .anyRequest(AuthorizeHttpRequestsConfigurer.AuthorizedUrl::authenticated));
        // After Vaadin's configurer, so that its login page is set before the OAuth2 login registers its entry point.
        http.oauth2Login(login -> login.loginPage(STAFF_LOGIN).authorizationEndpoint(endpoint -> endpoint
                .authorizationRequestResolver(PkceAuthorizationRequests.resolver(registrations))));
        return http.build();
    }

    @Bean
    ClientRegistrationRepository clientRegistrationRepository(IdentityProperties properties) {
        return new KeycloakClientRegistrations(properties);
    }

    /**
     * Publishes every refusal of method security (and of the HTTP rules) as an {@code AuthorizationDeniedEvent}, which
     * {@link RefusedCalls} records as a security event.
     */
    @Bean
    AuthorizationEventPublisher authorizationEventPublisher(ApplicationEventPublisher events) {
        return new SpringAuthorizationEventPublisher(events);
    }

    /**
     * No Micrometer observations of Spring Security's filters, authentications and authorizations: they wrapped each
     * filter of every request (a Vaadin page sends several) in an observation of its own, a few per cent of the
     * server's time in the load bench (docs/performance.md), for spans nobody records (sampling is 0; ADR 0032). The
     * request's own observation still gives the logs their trace id, and refusals are still recorded
     * ({@link RefusedCalls}).
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    /** The login's authorities mapper, and the API's too ({@link ProviderApiSecurity}). */
    @Bean
    RealmAuthorities realmAuthorities(IdentityProperties properties) {
        return new RealmAuthorities(properties.staff().clientId(), properties.portal().clientId(),
                properties.clientAssuranceLevels());
    }
}
