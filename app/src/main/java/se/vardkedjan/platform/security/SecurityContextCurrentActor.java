package se.vardkedjan.platform.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.ClaimAccessor;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Component;
import se.vardkedjan.sharedkernel.Actor;
import se.vardkedjan.sharedkernel.CurrentActor;
import se.vardkedjan.sharedkernel.ProviderOrganisationCode;
import se.vardkedjan.sharedkernel.UnitCode;

import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The signed-in user as Spring Security holds it (Vaadin keeps the security context per session for UI threads): a
 * person signed in through the OIDC login, or a provider's system calling the REST API with an access token (ADR
 * 0025). Both become the same {@link Actor}, from the same claims and authorities.
 */
@Component
class SecurityContextCurrentActor implements CurrentActor {

    @Override
    public Optional<Actor> find() {
        return Optional.ofNullable(SecurityContextHolder.getContext().getAuthentication())
                .filter(SecurityContextCurrentActor::isSignedIn)
                .map(SecurityContextCurrentActor::toActor);
    }

    /** Whether the authentication is one the app signed in: an OIDC login or an API access token. */
    static boolean isSignedIn(Authentication authentication) {
        return authentication != null && authentication.isAuthenticated()
                && (authentication.getPrincipal() instanceof OidcUser || authentication.getPrincipal() instanceof Jwt);
    }

    static Actor toActor(Authentication authentication) {
        var claims = (ClaimAccessor) authentication.getPrincipal();
        var username = claims.getClaimAsString("preferred_username");
        var name = claims.getClaimAsString("name");
        return new Actor(claims.getClaimAsString("sub"), username, name != null ? name : username,
                withPrefix(authentication, RealmAuthorities.ROLE_PREFIX, Function.identity()),
                withPrefix(authentication, RealmAuthorities.UNIT_PREFIX, UnitCode::new),
                withPrefix(authentication, RealmAuthorities.PROVIDER_ORGANISATION_PREFIX, ProviderOrganisationCode::new));
    }

    private static <T> java.util.Set<T> withPrefix(Authentication authentication, String prefix,
                                                   Function<String, T> type) {
        return authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(authority -> authority != null && authority.startsWith(prefix))
                .map(authority -> type.apply(authority.substring(prefix.length())))
                .collect(Collectors.toUnmodifiableSet());
    }
}
