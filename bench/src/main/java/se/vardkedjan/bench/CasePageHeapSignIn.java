package se.vardkedjan.bench;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.authority.mapping.GrantedAuthoritiesMapper;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

import java.io.IOException;
import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * <h2>BENCH ONLY — AUTHENTICATION BYPASS — NEVER PUT THIS IN app OR modules, NEVER BIND IT TO ANYTHING BUT LOOPBACK</h2>
 *
 * <p>Signs EVERY HTTP session in as the demo caseworker {@code handlaggare} (unit {@code nord-beroende}), or, when the
 * session's first request is a portal page, as the demo client {@value #CLIENT_PERSONAL_NUMBER}, without any login, so that {@link CasePageHeapBench} can open the case page in many headless browser sessions (the browsers
 * cannot log in through Keycloak). It exists only in the bench module, which the application does not depend on, and
 * only {@link CasePageHeapBench} adds it to the application context (it is not component-scanned). It refuses to
 * start unless the server is bound to a loopback address, and it answers 403 to any request from a non-loopback peer.
 *
 * <p>The session gets what a real staff login through Keycloak gives: an {@link OAuth2AuthenticationToken} of the
 * {@code staff} registration whose principal is a {@link DefaultOidcUser} with the realm's claims (an ID token and
 * user info of the shape the realm's mappers produce), and the authorities mapped by the application's own
 * {@link GrantedAuthoritiesMapper} (RealmAuthorities), the OIDC authority and the scope authorities included. The
 * security context is stored in the HTTP session under Spring Security's key, where the security filter chain and
 * Vaadin's UI access find it. What a real login keeps besides (the OAuth2 authorized client with its access and
 * refresh tokens) is not imitated; docs/performance-heap.md says how much that is.
 *
 * <p>The load bench ({@link LoadBench}, ADR 0037) names the staff user of a session instead: a first request with the
 * header {@value #USER_HEADER} {@code caseworker;<username>;<unit>} or {@code provider_staff;<username>;<provider
 * organisation>} signs the session in as that user, with the same claims a Keycloak login of such a user carries.
 */
@Configuration(proxyBeanMethods = false)
class CasePageHeapSignIn {

    static final String USERNAME = "handlaggare";
    static final String UNIT = "nord-beroende";
    /**
     * The demo client whose portal sessions are measured: Erik Johansson of the BankID simulator, whom the demo data
     * gives a decided case with a plan (DemoMunicipality's portal clients).
     */
    static final String CLIENT_PERSONAL_NUMBER = "198506154577";
    /** Before Spring Security's filter chain (order -100), so that the chain finds the session signed in. */
    static final int ORDER = -200;
    /** The header by which the load bench names the staff user of a new session (see the class comment). */
    static final String USER_HEADER = "X-Bench-User";

    @Bean
    Filter benchOnlyCaseworkerSignIn(GrantedAuthoritiesMapper realmAuthorities, Environment environment)
            throws IOException {
        var address = environment.getProperty("server.address");
        if (address == null || !InetAddress.getByName(address).isLoopbackAddress()) {
            throw new IllegalStateException("The bench sign-in bypass runs only on a loopback server.address, not on "
                    + address);
        }
        var staffClientId = environment.getRequiredProperty("vardkedjan.identity.staff.client-id");
        var portalClientId = environment.getRequiredProperty("vardkedjan.identity.portal.client-id");
        var assurance = environment.getRequiredProperty("vardkedjan.identity.client-assurance-levels").split(",")[0]
                .strip();
        var issuer = environment.getRequiredProperty("vardkedjan.identity.issuer-uri");
        return new SignIn(realmAuthorities, staffClientId, portalClientId, assurance, issuer);
    }

    /** The filter: a signed-in context in every new session, and nothing for a non-loopback peer. */
    private record SignIn(GrantedAuthoritiesMapper realmAuthorities, String staffClientId, String portalClientId,
                          String assurance, String issuer) implements Filter, Ordered {

        @Override
        public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
                throws IOException, ServletException {
            var http = (HttpServletRequest) request;
            if (!InetAddress.getByName(http.getRemoteAddr()).isLoopbackAddress()) {
                ((HttpServletResponse) response).sendError(HttpServletResponse.SC_FORBIDDEN);
                return;
            }
            var session = http.getSession(true);
            if (session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY) == null) {
                // A session whose first request is a portal page is the demo client's; any other, the caseworker's.
                var portal = http.getRequestURI().startsWith(http.getContextPath() + "/portal");
                var named = http.getHeader(USER_HEADER);
                session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY,
                        new SecurityContextImpl(named != null ? named(named)
                                : portal ? client(realmAuthorities, portalClientId, assurance, issuer) : token()));
            }
            chain.doFilter(request, response);
        }

        /** The staff user the load bench names: {@code role;username;unit or provider organisation}. */
        private OAuth2AuthenticationToken named(String header) {
            var parts = header.split(";", -1);
            if (parts.length != 3 || !parts[1].matches("[a-z0-9._-]{1,64}") || !parts[2].matches("[a-z0-9-]{1,64}")) {
                throw new IllegalArgumentException("A bench user is role;username;code");
            }
            return switch (parts[0]) {
                case "caseworker" -> staff(realmAuthorities, staffClientId, issuer, parts[1], "caseworker",
                        List.of(parts[2]), List.of());
                case "provider_staff" -> staff(realmAuthorities, staffClientId, issuer, parts[1], "provider_staff",
                        List.of(), List.of(parts[2]));
                default -> throw new IllegalArgumentException("A bench user is a caseworker or provider staff");
            };
        }

        /** A fresh token per session, as each real login makes its own. */
        private OAuth2AuthenticationToken token() {
            return caseworker(realmAuthorities, staffClientId, issuer);
        }

        @Override
        public int getOrder() {
            return ORDER;
        }
    }

    /**
     * The demo client as a portal login through Keycloak with BankID would authenticate him: the portal client's
     * audience, BankID's level of assurance and his personal number, so that RealmAuthorities gives the client role
     * and the portal finds his own file (ADR 0028).
     */
    static OAuth2AuthenticationToken client(GrantedAuthoritiesMapper realmAuthorities, String portalClientId,
                                            String assurance, String issuer) {
        var now = Instant.now();
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("sub", "0d7c1f7e-3b2a-4c55-8f0e-5a4b3c2d1e00");
        claims.put("preferred_username", "bankid-" + CLIENT_PERSONAL_NUMBER.hashCode());
        claims.put("name", "Erik Johansson");
        claims.put("given_name", "Erik");
        claims.put("family_name", "Johansson");
        claims.put("locale", "sv");
        claims.put("roles", List.of("client", "default-roles-vardkedjan", "offline_access", "uma_authorization"));
        claims.put("personal_number", CLIENT_PERSONAL_NUMBER);
        claims.put("assurance_level", assurance);
        Map<String, Object> idClaims = new LinkedHashMap<>(claims);
        idClaims.put("iss", issuer);
        idClaims.put("aud", List.of(portalClientId));
        idClaims.put("azp", portalClientId);
        idClaims.put("typ", "ID");
        idClaims.put("acr", "1");
        idClaims.put("sid", UUID.randomUUID().toString());
        idClaims.put("nonce", UUID.randomUUID().toString());
        idClaims.put("at_hash", "bench-at-hash-0123456789");
        idClaims.put("auth_time", now);
        idClaims.put("jti", UUID.randomUUID().toString());
        var idToken = new OidcIdToken("bench." + "x".repeat(1_400), now, now.plus(Duration.ofMinutes(5)),
                idClaims);
        var userInfo = new OidcUserInfo(claims);
        List<GrantedAuthority> authorities = new ArrayList<>();
        authorities.add(new OidcUserAuthority(idToken, userInfo));
        authorities.add(new SimpleGrantedAuthority("SCOPE_openid"));
        authorities.add(new SimpleGrantedAuthority("SCOPE_profile"));
        var mapped = realmAuthorities.mapAuthorities(authorities);
        var user = new DefaultOidcUser(authorities, idToken, userInfo, "sub");
        return new OAuth2AuthenticationToken(user, mapped, "portal");
    }

    /** The demo caseworker as a staff login through Keycloak would authenticate her. */
    static OAuth2AuthenticationToken caseworker(GrantedAuthoritiesMapper realmAuthorities, String staffClientId,
                                                String issuer) {
        return staff(realmAuthorities, staffClientId, issuer, USERNAME, "caseworker", List.of(UNIT), List.of(),
                "6b0f4a52-4d3c-4f7e-9a53-0c5d2f1e8a11", "Anna", "Lindqvist");
    }

    /** A staff user of the national data (the load bench) as a staff login through Keycloak would authenticate them. */
    static OAuth2AuthenticationToken staff(GrantedAuthoritiesMapper realmAuthorities, String staffClientId,
                                           String issuer, String username, String role, List<String> units,
                                           List<String> providerOrganisations) {
        return staff(realmAuthorities, staffClientId, issuer, username, role, units, providerOrganisations,
                UUID.nameUUIDFromBytes(username.getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString(),
                "Bench", username);
    }

    private static OAuth2AuthenticationToken staff(GrantedAuthoritiesMapper realmAuthorities, String staffClientId,
                                                   String issuer, String username, String role, List<String> units,
                                                   List<String> providerOrganisations, String subject,
                                                   String givenName, String familyName) {
        var now = Instant.now();
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("sub", subject);
        claims.put("preferred_username", username);
        claims.put("name", givenName + " " + familyName);
        claims.put("given_name", givenName);
        claims.put("family_name", familyName);
        claims.put("email", username + "@demo.vardkedjan.se");
        claims.put("email_verified", true);
        claims.put("locale", "sv");
        claims.put("roles", List.of(role, "default-roles-vardkedjan", "offline_access", "uma_authorization"));
        if (!units.isEmpty()) {
            claims.put("units", units);
        }
        if (!providerOrganisations.isEmpty()) {
            claims.put("provider_organisations", providerOrganisations);
        }
        Map<String, Object> idClaims = new LinkedHashMap<>(claims);
        idClaims.put("iss", issuer);
        idClaims.put("aud", List.of(staffClientId));
        idClaims.put("azp", staffClientId);
        idClaims.put("typ", "ID");
        idClaims.put("acr", "1");
        idClaims.put("sid", UUID.randomUUID().toString());
        idClaims.put("nonce", UUID.randomUUID().toString());
        idClaims.put("at_hash", "bench-at-hash-0123456789");
        idClaims.put("auth_time", now);
        idClaims.put("jti", UUID.randomUUID().toString());
        // A signed JWT of this realm is about 1.4 KB; the value is kept (not parsed) by Spring Security.
        var idToken = new OidcIdToken("bench." + "x".repeat(1_400), now, now.plus(Duration.ofMinutes(5)),
                idClaims);
        var userInfo = new OidcUserInfo(claims);
        List<GrantedAuthority> authorities = new ArrayList<>();
        authorities.add(new OidcUserAuthority(idToken, userInfo));
        for (var scope : List.of("openid", "profile", "email")) {
            authorities.add(new SimpleGrantedAuthority("SCOPE_" + scope));
        }
        var mapped = realmAuthorities.mapAuthorities(authorities);
        var user = new DefaultOidcUser(authorities, idToken, userInfo, "sub");
        return new OAuth2AuthenticationToken(user, mapped, "staff");
    }
}
