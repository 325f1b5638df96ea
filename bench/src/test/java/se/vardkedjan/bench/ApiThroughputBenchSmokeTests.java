package se.vardkedjan.bench;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

import java.net.URI;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The REST API benchmark's own parts cannot break unnoticed: the bench's issuer serves what a resource server reads, and
 * its token passes a decoder configured as the app's API chain configures its own (issuer discovery, the issuer, the
 * token type) while a token signed by another key does not; the load loop measures the bare endpoint and stops on a
 * wrong answer; the report is written. The app itself runs only in bench/run-api.sh (its jar is an executable Boot
 * jar, on the class path only in the case-page-heap profile). It says nothing about speed.
 */
class ApiThroughputBenchSmokeTests {

    @Test
    void theBenchIssuersTokenPassesTheAppsKindOfDecoderAndAnotherKeysDoesNot() {
        try (var issuer = BenchIssuer.start()) {
            var decoder = NimbusJwtDecoder.withIssuerLocation(issuer.issuer()).build();
            decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
                    JwtValidators.createDefaultWithIssuer(issuer.issuer()),
                    new JwtClaimValidator<String>("typ", "Bearer"::equals)));

            var token = decoder.decode(issuer.providerSystemToken("solgarden-hvb", Duration.ofMinutes(5)));

            assertThat(token.getClaimAsStringList("roles")).containsExactly("provider_system");
            assertThat(token.getClaimAsStringList("provider_organisations")).containsExactly("solgarden-hvb");
            assertThat(token.getClaimAsString("azp")).isEqualTo("provider-solgarden-hvb");
            assertThatThrownBy(() -> decoder.decode(issuer.providerSystemTokenSignedByAnotherKey("solgarden-hvb")))
                    .isInstanceOf(JwtException.class);
        }
    }

    @Test
    void theLoadLoopMeasuresTheBareEndpointAndStopsOnAWrongAnswer() {
        try (var issuer = BenchIssuer.start(); var bare = BareEndpoint.start()) {
            var base = "http://127.0.0.1:" + BareEndpoint.port(bare);

            var result = new LoadRun("bare", URI.create(base + "/api/v1/me"), null, BareEndpoint.BODY::equals)
                    .run(2, 20, 100, 20);

            assertThat(result.requests()).isEqualTo(100);
            assertThat(result.latencies().count()).isEqualTo(100);
            assertThatThrownBy(() -> new LoadRun("wrong", URI.create(base + "/api/v1/me"), null, "{}"::equals)
                    .run(1, 0, 5, 5)).hasMessageContaining("answered wrongly");
            // The report's code, with the bare endpoint standing in for the app (it answers the same body, and only
            // GET /api/v1/me: the app's other rows are not asked of it).
            var report = ApiThroughputBench.measure(base, base,
                    issuer.providerSystemToken(ApiThroughputBench.ORGANISATION, Duration.ofMinutes(5)), 2, 10, 50, 10,
                    ApiThroughputBench.appEndpoints().stream()
                            .filter(endpoint -> endpoint.path().equals("/api/v1/me")).toList());
            assertThat(report).contains("| App: GET /api/v1/me | 2 | 50 |").contains("of the bare endpoint's throughput");
        }
    }
}
