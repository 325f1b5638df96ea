package se.vardkedjan.platform.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

/**
 * Where the identity provider is and how the app is registered there. Set by environment variables, e.g.
 * {@code VARDKEDJAN_IDENTITY_ISSUER_URI}, {@code VARDKEDJAN_IDENTITY_STAFF_CLIENT_SECRET}.
 *
 * @param issuerUri the Keycloak realm's issuer, e.g. {@code https://login.example.se/realms/vardkedjan}
 * @param staff     the client the staff and provider UI logs in with
 * @param portal    the client the citizen portal logs in with
 * @param clientAssuranceLevels the values of the portal token's claim {@code assurance_level} that give the client
 *                              role: BankID's level of assurance as the portal's BankID step records it
 */
@Validated
@ConfigurationProperties("vardkedjan.identity")
record IdentityProperties(@NotBlank String issuerUri, @NotNull Client staff, @NotNull Client portal,
                          @NotEmpty List<@NotBlank String> clientAssuranceLevels) {

    record Client(@NotBlank String clientId, @NotBlank String clientSecret) {
    }
}
