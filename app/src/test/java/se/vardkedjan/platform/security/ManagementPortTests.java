package se.vardkedjan.platform.security;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the load balancer and Prometheus reach on the management port, and what nobody reaches on the app's port
 * (ADR 0032): health groups for the load balancer, metrics in Prometheus's format whose labels hold route templates,
 * never a case's or an assignment's id, and nothing else of the actuator.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ManagementPortTests {

    private static final TestIssuer REALM = TestIssuer.get();
    private static final Pattern UUID_LIKE = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-"
            + "[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    /** A label value: {@code name="value"}, in the text format's escaping. */
    private static final Pattern LABEL = Pattern.compile("(\\w+)=\"((?:[^\"\\\\]|\\\\.)*)\"");

    @DynamicPropertySource
    static void realm(DynamicPropertyRegistry registry) {
        // The discovery document answers, so the readiness group's Keycloak check is up.
        registry.add("vardkedjan.identity.issuer-uri", REALM::issuer);
    }

    @Value("${local.server.port}")
    int port;
    @LocalManagementPort
    int managementPort;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void theManagementPortIsNotTheAppsPort() {
        assertThat(managementPort).isPositive().isNotEqualTo(port);
    }

    @Test
    void anAnonymousVisitorOnTheAppsPortReadsNoMetrics() throws Exception {
        for (var accept : List.of("text/plain", "application/openmetrics-text", "*/*")) {
            var response = get(port, "/actuator/prometheus", accept, null);

            assertThat(response.statusCode()).as(accept).isNotEqualTo(200);
            assertThat(response.body()).as(accept).doesNotContain("# TYPE", "jvm_", "hikaricp");
        }
    }

    @Test
    void theLoadBalancerChecksLivenessAndReadinessWithoutLoggingInAndSeesNoDetails() throws Exception {
        var liveness = get(managementPort, "/actuator/health/liveness", "application/json", null);
        var readiness = get(managementPort, "/actuator/health/readiness", "application/json", null);

        assertThat(liveness.statusCode()).isEqualTo(200);
        assertThat(liveness.body()).isEqualTo("{\"status\":\"UP\"}");
        assertThat(readiness.statusCode()).as(readiness.body()).isEqualTo(200);
        assertThat(readiness.body()).isEqualTo("{\"status\":\"UP\"}");
    }

    @Test
    void theManagementPortServesHealthAndMetricsOnly() throws Exception {
        for (var path : List.of("/actuator", "/actuator/env", "/actuator/heapdump", "/actuator/beans",
                "/actuator/metrics", "/actuator/loggers", "/actuator/threaddump", "/actuator/configprops")) {
            var response = get(managementPort, path, "application/json", null);

            assertThat(response.statusCode()).as(path).isIn(401, 403, 404);
            assertThat(response.body()).as(path).doesNotContain("spring.datasource", "propertySources", "beans");
        }
    }

    @Test
    void prometheusReadsTheRequestAndConnectionPoolMetricsInItsFormat() throws Exception {
        get(port, "/utloggad", "text/html", null);

        var response = get(managementPort, "/actuator/prometheus", "text/plain", null);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/plain");
        assertThat(response.body()).contains("# TYPE http_server_requests_seconds", "http_server_requests_seconds_count{",
                "# TYPE hikaricp_connections_active", "hikaricp_connections_active{", "jvm_memory_used_bytes{");
    }

    @Test
    void requestMetricsAreLabelledByRouteTemplateNeverByTheIdInThePath() throws Exception {
        var assignment = UUID.randomUUID();
        var caseId = UUID.randomUUID();
        var token = REALM.sign(REALM.providerSystem("solgarden-hvb"));
        var api = get(port, "/api/v1/assignments/" + assignment, "application/json", token);
        assertThat(api.statusCode()).as(api.body()).isEqualTo(404);
        // A case page (Vaadin) and a path that leads nowhere, anonymously: sent to the login.
        get(port, "/arenden/" + caseId + "/journal", "text/html", null);
        get(port, "/arenden/" + caseId + "/198506154577", "text/html", null);

        var metrics = get(managementPort, "/actuator/prometheus", "text/plain", null).body();

        assertThat(metrics).contains("uri=\"/api/v1/assignments/{id}\"");
        var labels = LABEL.matcher(metrics);
        while (labels.find()) {
            var value = labels.group(2);
            assertThat(value).as(labels.group()).doesNotContain(assignment.toString(), caseId.toString(),
                    "198506154577");
            if (labels.group(1).equals("uri")) {
                assertThat(UUID_LIKE.matcher(value).find()).as(labels.group()).isFalse();
                assertThat(value).as(labels.group()).doesNotContainPattern("\\d{6}");
            }
        }
    }

    private HttpResponse<String> get(int toPort, String path, String accept, String token)
            throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + toPort + path)).header("Accept", accept);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
