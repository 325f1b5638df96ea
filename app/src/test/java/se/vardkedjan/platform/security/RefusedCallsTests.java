package se.vardkedjan.platform.security;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;
import se.vardkedjan.KaribuVaadin;
import se.vardkedjan.accesslog.AccessLogQuery;
import se.vardkedjan.casehandling.AccessLogReview;
import se.vardkedjan.casehandling.CaseHandling;
import se.vardkedjan.casehandling.CaseListQuery;
import se.vardkedjan.sharedkernel.Roles;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A signed-in user whose role a facade's {@code @RolesAllowed} does not allow is refused by method security before the
 * facade runs, and the refusal is recorded as a security event naming the method.
 */
@SpringBootTest
class RefusedCallsTests {

    @Autowired
    ApplicationContext context;
    @Autowired
    CaseHandling caseHandling;
    @Autowired
    AccessLogReview accessLog;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void anAnalystCallingTheCaseListIsRefusedByMethodSecurityAndTheRefusalIsRecorded() {
        var subject = signIn(List.of(Roles.ANALYST), List.of("nord-beroende"));

        assertThatThrownBy(() -> caseHandling.list(CaseListQuery.units(), 0, 10))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(eventsOf(subject)).containsExactly("CALL CaseHandling.list ROLE {nord-beroende}");
    }

    @Test
    void aCaseworkerReadingTheAccessLogIsRefusedAndRecorded() {
        var subject = signIn(List.of(Roles.CASEWORKER), List.of("nord-beroende"));

        assertThatThrownBy(() -> accessLog.search(AccessLogQuery.everything(), 0, 10))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(eventsOf(subject)).containsExactly("CALL AccessLogReview.search ROLE {nord-beroende}");
    }

    private List<String> eventsOf(String subject) {
        return jdbc.sql("SELECT attempt || ' ' || operation || ' ' || reason || ' ' || actor_units::text "
                        + "FROM accesslog.security_events WHERE actor_subject = ? ORDER BY id")
                .param(subject).query(String.class).list();
    }

    /** Signs in a fresh user as Spring Security's OIDC login would; returns the Keycloak subject. */
    private String signIn(List<String> roles, List<String> units) {
        KaribuVaadin.useSecurityOf(context);
        var subject = "subject-" + UUID.randomUUID();
        var token = new OidcIdToken("token", Instant.now(), Instant.now().plusSeconds(300), Map.of(
                "sub", subject, "name", "Test Testsson", "preferred_username", "u-" + subject.substring(8, 16),
                "roles", roles, "units", units, "provider_organisations", List.of()));
        var authorities = new ArrayList<GrantedAuthority>();
        authorities.add(new OidcUserAuthority(token));
        roles.forEach(role -> authorities.add(new SimpleGrantedAuthority("ROLE_" + role)));
        units.forEach(unit -> authorities.add(new SimpleGrantedAuthority("UNIT_" + unit)));
        SecurityContextHolder.getContext().setAuthentication(new OAuth2AuthenticationToken(
                new DefaultOidcUser(authorities, token), authorities, "staff"));
        return subject;
    }
}
