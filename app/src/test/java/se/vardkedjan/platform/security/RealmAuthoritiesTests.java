package se.vardkedjan.platform.security;

import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** From the realm's claims to authorities: only known roles, only from their own client, only well-formed codes. */
class RealmAuthoritiesTests {

    private final RealmAuthorities mapper = new RealmAuthorities("vardkedjan-staff", "vardkedjan-portal");

    @Test
    void aCaseworkerLoggedInThroughTheStaffClientGetsTheRoleAndUnits() {
        assertThat(map("vardkedjan-staff", Map.of("roles", List.of("caseworker"), "units", List.of("nord-beroende"))))
                .contains("ROLE_caseworker", "UNIT_nord-beroende");
    }

    @Test
    void theClientRoleCountsOnlyFromAPortalLoginWithBankId() {
        assertThat(map("vardkedjan-portal", Map.of("roles", List.of("client")))).contains("ROLE_client");
        assertThat(map("vardkedjan-staff", Map.of("roles", List.of("client")))).doesNotContain("ROLE_client");
    }

    @Test
    void staffRolesNeverCountFromAPortalLogin() {
        assertThat(map("vardkedjan-portal", Map.of("roles", List.of("caseworker", "administrator"))))
                .doesNotContain("ROLE_caseworker", "ROLE_administrator");
    }

    @Test
    void unknownRolesAndMalformedCodesAreDropped() {
        assertThat(map("vardkedjan-staff", Map.of(
                "roles", List.of("offline_access", "uma_authorization", "default-roles-vardkedjan", "provider_staff"),
                "provider_organisations", List.of("solgarden-hvb", "<script>"),
                "units", List.of("Nord Beroende"))))
                .contains("ROLE_provider_staff", "PROVIDER_ORGANISATION_solgarden-hvb")
                .noneMatch(authority -> authority.contains("offline") || authority.contains("script")
                        || authority.startsWith("UNIT_"));
    }

    @Test
    void aMissingClaimMeansNone() {
        assertThat(map("vardkedjan-staff", Map.of())).noneMatch(authority -> authority.startsWith("ROLE_"));
    }

    private List<String> map(String audience, Map<String, Object> claims) {
        var all = new java.util.HashMap<String, Object>(claims);
        all.put("sub", "subject-1");
        all.put("aud", List.of(audience));
        var token = new OidcIdToken("token", Instant.now(), Instant.now().plusSeconds(60), all);
        return mapper.mapAuthorities(List.of(new OidcUserAuthority(token))).stream()
                .map(GrantedAuthority::getAuthority).toList();
    }
}
