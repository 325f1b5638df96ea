package se.vardkedjan.platform.security;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.OAuthFlow;
import io.swagger.v3.oas.models.security.OAuthFlows;
import io.swagger.v3.oas.models.security.Scopes;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document of the REST API (springdoc, served at {@code /api/openapi.json}, only the {@code /api/**}
 * paths; ADR 0025): every operation needs an access token that the provider's system gets from the realm with the
 * client-credentials grant at the realm's token endpoint.
 */
@Configuration
class ApiDocumentation {

    static final String SECURITY_SCHEME = "providerSystem";

    @Bean
    OpenAPI providerApi(IdentityProperties identity) {
        var tokenUrl = identity.issuerUri().replaceAll("/+$", "") + "/protocol/openid-connect/token";
        return new OpenAPI()
                .info(new Info().title("Vårdkedjan – API för utförares system").version("v1")
                        .description("Utförarens eget verksamhetssystem läser och besvarar kommunens uppdrag. "
                                + "Systemet hämtar en åtkomsttoken med sina klientuppgifter (client credentials) "
                                + "och skickar den som Bearer-token. Fel besvaras som application/problem+json "
                                + "(RFC 9457). Se docs/api.md."))
                .components(new Components().addSecuritySchemes(SECURITY_SCHEME, new SecurityScheme()
                        .type(SecurityScheme.Type.OAUTH2)
                        .description("Keycloak-klient för utförarens system, bunden till en utförarorganisation")
                        .flows(new OAuthFlows().clientCredentials(new OAuthFlow().tokenUrl(tokenUrl)
                                .scopes(new Scopes())))))
                .addSecurityItem(new SecurityRequirement().addList(SECURITY_SCHEME));
    }
}
