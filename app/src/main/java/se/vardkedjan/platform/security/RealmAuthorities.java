package se.vardkedjan.platform.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.authority.mapping.GrantedAuthoritiesMapper;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;
import se.vardkedjan.sharedkernel.ProviderOrganisationCode;
import se.vardkedjan.sharedkernel.Roles;
import se.vardkedjan.sharedkernel.UnitCode;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Maps the realm's claims to Spring Security authorities: each known realm role to {@code ROLE_<role>}, each unit to
 * {@code UNIT_<code>}, each provider organisation to {@code PROVIDER_ORGANISATION_<code>}. Unknown roles and malformed
 * codes are dropped (and logged without personal data), never trusted.
 *
 * <p>A role counts only from the client it belongs to: {@code client} only from a login through the portal's client
 * that carries BankID's level of assurance (the claim {@code assurance_level}, which only the portal's BankID step
 * sets), every staff and provider role, unit and provider organisation only from a login through the staff client, and
 * {@code provider_system} with its provider organisations only from an access token issued to a provider's system (a
 * client of its own, ADR 0025). So a client account with a password cannot reach the portal through the staff login, a
 * portal token that did not come from a BankID login gives no client rights, a portal login never carries staff
 * rights, and no person's login is ever a provider's system.
 */
final class RealmAuthorities implements GrantedAuthoritiesMapper {

    static final String ROLE_PREFIX = "ROLE_";
    static final String UNIT_PREFIX = "UNIT_";
    static final String PROVIDER_ORGANISATION_PREFIX = "PROVIDER_ORGANISATION_";

    private static final Logger log = LoggerFactory.getLogger(RealmAuthorities.class);

    private final String staffClientId;
    private final String portalClientId;
    private final Set<String> clientAssuranceLevels;

    /**
     * @param clientAssuranceLevels the values of the claim {@code assurance_level} that give the client role (BankID's
     *                              LoA 3 URI in the realm)
     */
    RealmAuthorities(String staffClientId, String portalClientId, Collection<String> clientAssuranceLevels) {
        this.staffClientId = staffClientId;
        this.portalClientId = portalClientId;
        this.clientAssuranceLevels = Set.copyOf(clientAssuranceLevels);
    }

    @Override
    public Collection<? extends GrantedAuthority> mapAuthorities(Collection<? extends GrantedAuthority> authorities) {
        Set<GrantedAuthority> mapped = new LinkedHashSet<>();
        for (var authority : authorities) {
            if (authority instanceof OidcUserAuthority oidc) {
                var claims = new HashMap<>(oidc.getIdToken().getClaims());
                if (oidc.getUserInfo() != null) {
                    claims.putAll(oidc.getUserInfo().getClaims());
                }
                var audience = oidc.getIdToken().getAudience();
                var viaStaff = audience != null && audience.contains(staffClientId);
                var viaPortal = audience != null && audience.contains(portalClientId);
                mapped.addAll(fromClaims(claims, viaStaff, viaPortal, false));
            }
            mapped.add(authority);
        }
        return mapped;
    }

    /**
     * The authorities of an access token presented to the REST API. The client it was issued to ({@code azp}) decides
     * which claims count, as the audience of a login's ID token does: a token of the staff or portal client counts as
     * that login would (so a staff user calling the API is known by name and refused), any other client of the realm
     * is a provider's system, whose provider-system role and provider organisations count and nothing else.
     */
    Set<GrantedAuthority> accessToken(Map<String, Object> claims) {
        var client = claims.get("azp") instanceof String azp ? azp : null;
        var viaStaff = staffClientId.equals(client);
        var viaPortal = portalClientId.equals(client);
        var viaProviderSystem = client != null && !client.isBlank() && !viaStaff && !viaPortal;
        return fromClaims(claims, viaStaff, viaPortal, viaProviderSystem);
    }

    private Set<GrantedAuthority> fromClaims(Map<String, Object> claims, boolean viaStaff, boolean viaPortal,
                                             boolean viaProviderSystem) {
        Set<GrantedAuthority> mapped = new LinkedHashSet<>();
        var viaPortalWithBankId = viaPortal && KeycloakClaims.strings(claims, KeycloakClaims.ASSURANCE_LEVEL).stream()
                .anyMatch(clientAssuranceLevels::contains);
        for (var role : KeycloakClaims.strings(claims, KeycloakClaims.ROLES)) {
            var fromItsOwnClient = switch (role) {
                case Roles.CLIENT -> viaPortalWithBankId;
                case Roles.PROVIDER_SYSTEM -> viaProviderSystem;
                default -> viaStaff;
            };
            if (Roles.all().contains(role) && fromItsOwnClient) {
                mapped.add(new SimpleGrantedAuthority(ROLE_PREFIX + role));
            }
        }
        if (viaStaff) {
            for (var unit : KeycloakClaims.strings(claims, KeycloakClaims.UNITS)) {
                validCode(() -> new UnitCode(unit).value(), "unit")
                        .map(code -> new SimpleGrantedAuthority(UNIT_PREFIX + code)).ifPresent(mapped::add);
            }
        }
        if (viaStaff || viaProviderSystem) {
            for (var organisation : KeycloakClaims.strings(claims, KeycloakClaims.PROVIDER_ORGANISATIONS)) {
                validCode(() -> new ProviderOrganisationCode(organisation).value(), "provider organisation")
                        .map(code -> new SimpleGrantedAuthority(PROVIDER_ORGANISATION_PREFIX + code))
                        .ifPresent(mapped::add);
            }
        }
        return mapped;
    }

    /** The code if its value object accepts it; a malformed one is dropped and logged (without the value). */
    private static Optional<String> validCode(Supplier<String> code, String what) {
        try {
            return Optional.of(code.get());
        } catch (IllegalArgumentException e) {
            log.warn("Ignored a malformed {} code in the identity token", what);
            return Optional.empty();
        }
    }
}
