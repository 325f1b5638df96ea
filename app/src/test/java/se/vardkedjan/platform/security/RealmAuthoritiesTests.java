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

    private static final String LOA3 = "http://id.elegnamnden.se/loa/1.0/loa3";

    private final RealmAuthorities mapper = new RealmAuthorities("vardkedjan-staff", "vardkedjan-portal", List.of(LOA3));

    @Test
    void aCaseworkerLoggedInThroughTheStaffClientGetsTheRoleAndUnits() {
        assertThat(map("vardkedjan-staff", Map.of("roles", List.of("caseworker"), "units", List.of("nord-beroende"))))
                .contains("ROLE_caseworker", "UNIT_nord-beroende");
    }

    @Test
    void theClientRoleCountsOnlyFromAPortalLoginWithBankId() {
        assertThat(map("vardkedjan-portal", Map.of("roles", List.of("client"), "assurance_level", LOA3)))
                .contains("ROLE_client");
        assertThat(map("vardkedjan-staff", Map.of("roles", List.of("client"), "assurance_level", LOA3)))
                .doesNotContain("ROLE_client");
    }

    @Test
    void aPortalTokenWithoutBankIdsAssuranceGivesNoClientRole() {
        assertThat(map("vardkedjan-portal", Map.of("roles", List.of("client")))).doesNotContain("ROLE_client");
        assertThat(map("vardkedjan-portal", Map.of("roles", List.of("client"),
                "assurance_level", "http://id.elegnamnden.se/loa/1.0/loa2"))).doesNotContain("ROLE_client");
        assertThat(map("vardkedjan-portal", Map.of("roles", List.of("client"), "assurance_level", "")))
                .doesNotContain("ROLE_client");
    }

    @Test
    void theAssuranceLevelsThatCountAreConfigured() {
        var otherRealm = new RealmAuthorities("vardkedjan-staff", "vardkedjan-portal", List.of("urn:example:loa:high"));

        assertThat(map(otherRealm, "vardkedjan-portal", Map.of("roles", List.of("client"),
                "assurance_level", "urn:example:loa:high"))).contains("ROLE_client");
        assertThat(map(otherRealm, "vardkedjan-portal", Map.of("roles", List.of("client"), "assurance_level", LOA3)))
                .doesNotContain("ROLE_client");
    }

    @Test
    void unitsAndProviderOrganisationsCountOnlyFromAStaffLogin() {
        assertThat(map("vardkedjan-portal", Map.of("roles", List.of("client"), "assurance_level", LOA3,
                "units", List.of("nord-beroende"), "provider_organisations", List.of("solgarden-hvb"))))
                .contains("ROLE_client")
                .noneMatch(authority -> authority.startsWith("UNIT_") || authority.startsWith("PROVIDER_ORGANISATION_"));
    }

    @Test
    void aPortalLoginGivesTheClientRoleAndNoOtherWhateverRolesTheTokenCarries() {
        // Every role the app knows, so that a role added later is refused through the portal too.
        assertThat(map("vardkedjan-portal", Map.of("roles", se.vardkedjan.sharedkernel.Roles.all(),
                "assurance_level", LOA3)).stream().filter(authority -> authority.startsWith("ROLE_")))
                .containsExactly("ROLE_client");
        assertThat(map("vardkedjan-staff", Map.of("roles", se.vardkedjan.sharedkernel.Roles.all())).stream()
                .filter(authority -> authority.startsWith("ROLE_")))
                .as("and a staff login never the client role").doesNotContain("ROLE_client")
                .doesNotContain("ROLE_provider_system")
                .hasSize(se.vardkedjan.sharedkernel.Roles.all().size() - 2);
    }

    @Test
    void noLoginOfAPersonIsEverAProviderSystem() {
        var claims = Map.<String, Object>of("roles", List.of("provider_system", "provider_staff"),
                "provider_organisations", List.of("solgarden-hvb"), "assurance_level", LOA3);

        assertThat(map("vardkedjan-staff", claims))
                .contains("ROLE_provider_staff", "PROVIDER_ORGANISATION_solgarden-hvb")
                .doesNotContain("ROLE_provider_system");
        assertThat(map("vardkedjan-portal", claims)).doesNotContain("ROLE_provider_system");
    }

    @Test
    void anAccessTokenOfAProviderSystemGivesTheProviderSystemRoleAndItsOrganisationsAndNothingElse() {
        assertThat(accessToken("provider-solgarden-hvb", Map.of("roles", se.vardkedjan.sharedkernel.Roles.all(),
                "units", List.of("nord-beroende"), "provider_organisations", List.of("solgarden-hvb"),
                "assurance_level", LOA3)))
                .containsExactlyInAnyOrder("ROLE_provider_system", "PROVIDER_ORGANISATION_solgarden-hvb");
    }

    @Test
    void anAccessTokenOfTheStaffOrPortalClientCountsAsThatLoginDoes() {
        assertThat(accessToken("vardkedjan-staff", Map.of("roles", List.of("caseworker", "provider_system"),
                "units", List.of("nord-beroende"))))
                .containsExactlyInAnyOrder("ROLE_caseworker", "UNIT_nord-beroende");
        assertThat(accessToken("vardkedjan-portal", Map.of("roles", List.of("client", "provider_system"),
                "assurance_level", LOA3)))
                .containsExactly("ROLE_client");
        assertThat(accessToken(null, Map.of("roles", List.of("provider_system"),
                "provider_organisations", List.of("solgarden-hvb"))))
                .as("a token that names no client counts for nothing").isEmpty();
    }

    private List<String> accessToken(String authorisedParty, Map<String, Object> claims) {
        var all = new java.util.HashMap<String, Object>(claims);
        all.put("sub", "subject-1");
        if (authorisedParty != null) {
            all.put("azp", authorisedParty);
        }
        return mapper.accessToken(all).stream().map(GrantedAuthority::getAuthority).toList();
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
        return map(mapper, audience, claims);
    }

    private static List<String> map(RealmAuthorities mapper, String audience, Map<String, Object> claims) {
        var all = new java.util.HashMap<String, Object>(claims);
        all.put("sub", "subject-1");
        all.put("aud", List.of(audience));
        var token = new OidcIdToken("token", Instant.now(), Instant.now().plusSeconds(60), all);
        return mapper.mapAuthorities(List.of(new OidcUserAuthority(token))).stream()
                .map(GrantedAuthority::getAuthority).toList();
    }
}
