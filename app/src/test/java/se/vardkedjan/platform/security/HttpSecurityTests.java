package se.vardkedjan.platform.security;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** What an anonymous browser meets over HTTP, against the running app (Keycloak is not needed for any of it). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HttpSecurityTests {

    @Value("${local.server.port}")
    int port;
    @LocalManagementPort
    int managementPort;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void anAnonymousVisitorToAStaffPathIsSentToTheStaffLogin() throws Exception {
        var response = get("/arenden");
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/oauth2/authorization/staff"));
    }

    @Test
    void anAnonymousVisitorToTheStartPageIsSentToTheStaffLogin() throws Exception {
        var response = get("/");
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith("/oauth2/authorization/staff");
    }

    @Test
    void anyClientNotJustABrowserIsSentToTheLoginForThePathItAskedFor() throws Exception {
        for (var accept : new String[] {"*/*", "application/json"}) {
            var staff = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/arenden"))
                    .header("Accept", accept).GET().build(), HttpResponse.BodyHandlers.ofString());
            var portal = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/portal"))
                    .header("Accept", accept).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(staff.headers().firstValue("Location").orElseThrow()).as(accept)
                    .endsWith("/oauth2/authorization/staff");
            assertThat(portal.headers().firstValue("Location").orElseThrow()).as(accept)
                    .endsWith("/oauth2/authorization/portal");
        }
    }

    @Test
    void anAnonymousVisitorToAPortalPathIsSentToThePortalLogin() throws Exception {
        for (var path : new String[] {"/portal", "/portal/plan"}) {
            var response = get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(302);
            assertThat(response.headers().firstValue("Location").orElseThrow()).as(path)
                    .endsWith("/oauth2/authorization/portal");
        }
    }

    @Test
    void anAnonymousVisitorToAPathThatLeadsNowhereIsSentToTheLoginNotToldWhatExists() throws Exception {
        for (var path : new String[] {"/finns-inte", "/arenden/finns-inte/heller"}) {
            var response = get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(302);
            assertThat(response.headers().firstValue("Location").orElseThrow()).as(path)
                    .endsWith("/oauth2/authorization/staff");
        }
    }

    @Test
    void theLoggedOutPageIsPublic() throws Exception {
        assertThat(get("/utloggad").statusCode()).isEqualTo(200);
    }

    @Test
    void theAppsPortServesNoActuatorEndpointNotEvenHealth() throws Exception {
        // Health and metrics are on the management port only (ManagementPortTests).
        for (var path : new String[] {"/actuator/health", "/actuator/health/liveness", "/actuator/prometheus",
                "/actuator/env", "/actuator"}) {
            var response = get(path);
            assertThat(response.statusCode()).as(path).isIn(302, 401, 403, 404);
            assertThat(response.body()).as(path).doesNotContain("spring.datasource", "\"status\"", "# TYPE");
        }
    }

    @Test
    void readinessReportsKeycloakDownWhenItIsUnreachable() throws Exception {
        // The test profile points the issuer at a closed port: the app starts anyway and says it is not ready.
        assertThat(getManagement("/actuator/health/readiness").statusCode()).isEqualTo(503);
        assertThat(getManagement("/actuator/health/liveness").statusCode()).isEqualTo(200);
    }

    @Test
    void pagesCarrySecureHeaders() throws Exception {
        var headers = get("/utloggad").headers();
        assertThat(headers.firstValue("Content-Security-Policy").orElseThrow()).contains("frame-ancestors 'none'");
        assertThat(headers.firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(headers.firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(headers.firstValue("Referrer-Policy")).hasValue("same-origin");
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return get(port, path);
    }

    private HttpResponse<String> getManagement(String path) throws IOException, InterruptedException {
        return get(managementPort, path);
    }

    private HttpResponse<String> get(int toPort, String path) throws IOException, InterruptedException {
        var accept = path.startsWith("/actuator") ? "application/json" : "text/html";
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + toPort + path))
                .header("Accept", accept).GET().build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
