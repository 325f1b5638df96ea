package se.vardkedjan.platform.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;
import se.vardkedjan.sharedkernel.ClientIdentity;
import se.vardkedjan.sharedkernel.CurrentClient;
import se.vardkedjan.sharedkernel.Roles;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The portal's client as the login names them (ADR 0028): the realm's {@code personal_number} claim of a person's OIDC
 * login that {@link RealmAuthorities} gave the client role, which it does only for a portal login with BankID's level
 * of assurance. A staff login, a provider's system, a portal login without BankID or without the claim (or with a
 * malformed one) has no client identity.
 */
@Component
class SecurityContextCurrentClient implements CurrentClient {

    static final String PERSONAL_NUMBER = "personal_number";
    private static final Pattern TWELVE_DIGITS = Pattern.compile("\\d{12}");

    @Override
    public Optional<ClientIdentity> find() {
        return of(SecurityContextHolder.getContext().getAuthentication());
    }

    static Optional<ClientIdentity> of(Authentication authentication) {
        if (!SecurityContextCurrentActor.isSignedIn(authentication)
                || !(authentication.getPrincipal() instanceof OidcUser person)
                || authentication.getAuthorities().stream().noneMatch(authority ->
                RealmAuthorities.ROLE_PREFIX.concat(Roles.CLIENT).equals(authority.getAuthority()))) {
            return Optional.empty();
        }
        var number = person.getClaimAsString(PERSONAL_NUMBER);
        return number != null && TWELVE_DIGITS.matcher(number).matches()
                ? Optional.of(new ClientIdentity(number)) : Optional.empty();
    }
}
