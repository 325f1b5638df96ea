package se.vardkedjan.platform.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;
import se.vardkedjan.sharedkernel.Actor;
import se.vardkedjan.sharedkernel.CurrentActor;
import se.vardkedjan.sharedkernel.ProviderOrganisationCode;
import se.vardkedjan.sharedkernel.UnitCode;

import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The signed-in user as Spring Security holds it (Vaadin keeps the security context per session for UI threads). */
@Component
class SecurityContextCurrentActor implements CurrentActor {

    @Override
    public Optional<Actor> find() {
        return Optional.ofNullable(SecurityContextHolder.getContext().getAuthentication())
                .filter(Authentication::isAuthenticated)
                .filter(authentication -> authentication.getPrincipal() instanceof OidcUser)
                .map(SecurityContextCurrentActor::toActor);
    }

    static Actor toActor(Authentication authentication) {
        var user = (OidcUser) authentication.getPrincipal();
        var name = user.getFullName() != null ? user.getFullName() : user.getPreferredUsername();
        return new Actor(user.getSubject(), user.getPreferredUsername(), name,
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
