package se.vardkedjan.platform.security;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;
import se.vardkedjan.BadInputFixture;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The provider API's tests' people and records: the caseworker who makes the assignments, signed in on the test's
 * thread, and the security events a caller's refusals left.
 */
final class ApiCaller {

    private ApiCaller() {
    }

    /** Signs the fixture's user in on this thread as the staff login would (BadInputFixture's way, without a UI). */
    static void signIn(ApplicationContext context, BadInputFixture.User user) {
        var token = new OidcIdToken("token", Instant.now(), Instant.now().plusSeconds(600), Map.of("sub",
                "subject-" + user.username(), "name", user.name(), "preferred_username", user.username(), "roles",
                user.roles(), "units", user.units(), "provider_organisations", user.organisations()));
        var authorities = new ArrayList<GrantedAuthority>();
        authorities.add(new OidcUserAuthority(token));
        user.roles().forEach(role -> authorities.add(new SimpleGrantedAuthority("ROLE_" + role)));
        user.units().forEach(unit -> authorities.add(new SimpleGrantedAuthority("UNIT_" + unit)));
        var authentication = new OAuth2AuthenticationToken(new DefaultOidcUser(authorities, token), authorities,
                "staff");
        SecurityContextHolder.getContext().setAuthentication(authentication);
        context.publishEvent(new AuthenticationSuccessEvent(authentication));
    }

    /** The caller's security events in order: attempt, operation and reason. */
    static List<String> eventsOf(JdbcClient jdbc, Map<String, Object> claims) {
        return jdbc.sql("SELECT attempt || ' ' || operation || ' ' || reason FROM accesslog.security_events "
                        + "WHERE actor_subject = ? ORDER BY id")
                .param(claims.get("sub")).query(String.class).list();
    }
}
