package se.vardkedjan.platform.security;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Keycloak is up when the realm's OIDC discovery document answers. Part of the readiness group. */
@Component("keycloak")
class KeycloakHealthIndicator extends AbstractHealthIndicator {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final URI discovery;

    KeycloakHealthIndicator(IdentityProperties properties) {
        super("Keycloak is not reachable");
        this.discovery = URI.create(properties.issuerUri().replaceAll("/+$", "") + "/.well-known/openid-configuration");
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) throws Exception {
        var request = HttpRequest.newBuilder(discovery).timeout(Duration.ofSeconds(3)).GET().build();
        var status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        if (status == 200) {
            builder.up();
        } else {
            builder.down().withDetail("status", status);
        }
    }
}
