package se.vardkedjan.platform.security;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;

import java.util.LinkedHashSet;

/**
 * An API access token as an authentication: the realm's roles and codes mapped as for a login
 * ({@link RealmAuthorities#accessToken}), plus the token's OAuth2 scopes as {@code SCOPE_<scope>}. Named by the
 * token's username (a provider system's is its service account, {@code service-account-<client>}) or else its subject.
 */
final class ApiTokenAuthentication implements Converter<Jwt, AbstractAuthenticationToken> {

    private final RealmAuthorities realmAuthorities;
    private final JwtGrantedAuthoritiesConverter scopes = new JwtGrantedAuthoritiesConverter();

    ApiTokenAuthentication(RealmAuthorities realmAuthorities) {
        this.realmAuthorities = realmAuthorities;
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt token) {
        var authorities = new LinkedHashSet<GrantedAuthority>(realmAuthorities.accessToken(token.getClaims()));
        authorities.addAll(scopes.convert(token));
        var username = token.getClaimAsString("preferred_username");
        return new JwtAuthenticationToken(token, authorities, username != null ? username : token.getSubject());
    }
}
