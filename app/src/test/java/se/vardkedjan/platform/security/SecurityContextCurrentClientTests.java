package se.vardkedjan.platform.security;

import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who the portal's client is: the personal number of a portal login with BankID, through the same mapping that gives
 * the client role ({@link RealmAuthorities}); nobody else has a client identity, whatever their token carries.
 */
class SecurityContextCurrentClientTests {

    private static final String LOA3 = "http://id.elegnamnden.se/loa/1.0/loa3";
    private static final String NUMBER = "199001012385";

    private final RealmAuthorities mapper = new RealmAuthorities("vardkedjan-staff", "vardkedjan-portal", List.of(LOA3));

    @Test
    void aPortalLoginWithBankIdAndTheClaimIsTheClientOfThatNumber() {
        var identity = SecurityContextCurrentClient.of(login("vardkedjan-portal", Map.of("roles", List.of("client"),
                "assurance_level", LOA3, "personal_number", NUMBER)));

        assertThat(identity).hasValueSatisfying(client -> assertThat(client.personalNumber()).isEqualTo(NUMBER));
    }

    @Test
    void aPortalLoginWithoutTheClaimHasNoClientIdentity() {
        assertThat(SecurityContextCurrentClient.of(login("vardkedjan-portal", Map.of("roles", List.of("client"),
                "assurance_level", LOA3)))).isEmpty();
        assertThat(SecurityContextCurrentClient.of(login("vardkedjan-portal", Map.of("roles", List.of("client"),
                "assurance_level", LOA3, "personal_number", "19900101-2385")))).as("a malformed number").isEmpty();
    }

    @Test
    void aPortalLoginWithoutBankIdsAssuranceHasNoClientIdentityEvenWithTheClaim() {
        assertThat(SecurityContextCurrentClient.of(login("vardkedjan-portal", Map.of("roles", List.of("client"),
                "personal_number", NUMBER)))).isEmpty();
    }

    @Test
    void aStaffLoginIsNeverAClientWhateverItsTokenCarries() {
        assertThat(SecurityContextCurrentClient.of(login("vardkedjan-staff", Map.of(
                "roles", List.of("client", "caseworker"), "assurance_level", LOA3, "personal_number", NUMBER))))
                .isEmpty();
    }

    @Test
    void anApiAccessTokenIsNeverAClient() {
        var claims = Map.<String, Object>of("sub", "s", "azp", "vardkedjan-portal", "roles", List.of("client"),
                "assurance_level", LOA3, "personal_number", NUMBER);
        var jwt = new Jwt("token", Instant.now(), Instant.now().plusSeconds(300), Map.of("alg", "none"), claims);
        var token = new JwtAuthenticationToken(jwt, mapper.accessToken(claims));

        assertThat(token.getAuthorities()).extracting(GrantedAuthority::getAuthority).contains("ROLE_client");
        assertThat(SecurityContextCurrentClient.of(token)).isEmpty();
    }

    @Test
    void nobodySignedInIsNoClient() {
        assertThat(SecurityContextCurrentClient.of(null)).isEmpty();
    }

    private OAuth2AuthenticationToken login(String client, Map<String, Object> claims) {
        var all = new HashMap<String, Object>(claims);
        all.put("sub", "subject-1");
        all.put("aud", List.of(client));
        var token = new OidcIdToken("token", Instant.now(), Instant.now().plusSeconds(300), all);
        var authorities = mapper.mapAuthorities(List.of(new OidcUserAuthority(token)));
        var user = new DefaultOidcUser(List.copyOf(authorities), token);
        return new OAuth2AuthenticationToken(user, authorities, client);
    }
}
