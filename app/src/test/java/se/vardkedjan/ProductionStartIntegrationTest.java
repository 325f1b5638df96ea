package se.vardkedjan;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The built production jar, started as an operator starts it ({@code java -jar}, settings in environment variables;
 * after {@code package}, hence in the Failsafe phase), ADR 0032: with a complete production setting it starts and logs
 * JSON, one object a line, every line of a request carrying its request id and trace id; health and metrics answer on
 * the management port and not on the app's. With the jar's own defaults (the demo realm's secrets, a plain-HTTP
 * issuer, no passwords) it refuses to start and says why in plain text.
 */
class ProductionStartIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);

    private static final int APP_PORT = freePort();
    private static final int MANAGEMENT_PORT = freePort();
    private static Process app;
    private static final List<String> stdout = Collections.synchronizedList(new ArrayList<>());
    private static final List<String> stderr = Collections.synchronizedList(new ArrayList<>());

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    static void startTheJarAsProduction() throws Exception {
        // A database of its own on the test server, with its owner and app role (ADR 0014).
        var database = TestPostgres.freshDatabase("production_start");
        var variables = new LinkedHashMap<String, String>();
        variables.put("VARDKEDJAN_PORT", String.valueOf(APP_PORT));
        variables.put("VARDKEDJAN_MANAGEMENT_PORT", String.valueOf(MANAGEMENT_PORT));
        variables.put("VARDKEDJAN_DATABASE_URL", database.jdbcUrl());
        variables.put("VARDKEDJAN_DATABASE_USERNAME", database.appUsername());
        variables.put("VARDKEDJAN_DATABASE_PASSWORD", database.appPassword());
        variables.put("VARDKEDJAN_DATABASE_OWNER_USERNAME", database.ownerUsername());
        variables.put("VARDKEDJAN_DATABASE_OWNER_PASSWORD", database.ownerPassword());
        // No Keycloak here: an https issuer nothing answers on. The app starts and reports not ready.
        variables.put("VARDKEDJAN_IDENTITY_ISSUER_URI", "https://127.0.0.1:" + freePort() + "/realms/vardkedjan");
        variables.put("VARDKEDJAN_IDENTITY_STAFF_CLIENT_SECRET", UUID.randomUUID().toString());
        variables.put("VARDKEDJAN_IDENTITY_PORTAL_CLIENT_SECRET", UUID.randomUUID().toString());
        variables.put("VARDKEDJAN_SECURE_COOKIES", "true");
        app = startJar(variables);
        Thread.ofVirtual().start(() -> readLines(app.getInputStream(), stdout));
        Thread.ofVirtual().start(() -> readLines(app.getErrorStream(), stderr));
        var deadline = Instant.now().plus(START_TIMEOUT);
        while (!live()) {
            if (!app.isAlive() || Instant.now().isAfter(deadline)) {
                fail("The production jar did not start within " + START_TIMEOUT + ":\n" + String.join("\n", stdout)
                        + "\n" + String.join("\n", stderr));
            }
            Thread.sleep(500);
        }
    }

    @AfterAll
    static void stopIt() throws InterruptedException {
        if (app != null) {
            app.destroy();
            if (!app.waitFor(30, TimeUnit.SECONDS)) {
                app.destroyForcibly();
            }
        }
    }

    @Test
    void everyLineItWritesIsJsonAndARequestsLinesCarryItsRequestIdAndTraceId() throws Exception {
        var id = "production-start-" + UUID.randomUUID();
        var response = get(APP_PORT, "/api/v1/me", Map.of("X-Request-Id", id, "Accept", "application/json"));
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("X-Request-Id")).hasValue(id);

        var lines = waitForLine(id);
        assertThat(lines).as("the console's lines").isNotEmpty();
        var requestLines = new ArrayList<JsonNode>();
        for (var line : lines) {
            JsonNode json;
            try {
                json = JSON.readTree(line);
            } catch (RuntimeException notJson) {
                throw new AssertionError("A line of the production console is not JSON: " + line, notJson);
            }
            assertThat(json.isObject()).as(line).isTrue();
            assertThat(json.path("@timestamp").asString()).as(line).isNotBlank();
            assertThat(json.path("message").isMissingNode()).as(line).isFalse();
            if (id.equals(json.path("requestId").asString(""))) {
                requestLines.add(json);
            }
        }
        assertThat(requestLines).as("lines of the request " + id).isNotEmpty();
        for (var line : requestLines) {
            assertThat(line.path("traceId").asString("")).as(line.toString()).matches("[0-9a-f]{32}");
        }
        assertThat(requestLines).anySatisfy(line -> assertThat(line.path("message").asString())
                .startsWith("Refused an API call without a valid access token"));
    }

    @Test
    void healthAndMetricsAnswerOnTheManagementPortOnly() throws Exception {
        get(APP_PORT, "/utloggad", Map.of("Accept", "text/html"));
        assertThat(get(MANAGEMENT_PORT, "/actuator/health/liveness", Map.of()).statusCode()).isEqualTo(200);
        // Keycloak does not answer here: not ready, so a load balancer sends it no users.
        assertThat(get(MANAGEMENT_PORT, "/actuator/health/readiness", Map.of()).statusCode()).isEqualTo(503);
        var metrics = get(MANAGEMENT_PORT, "/actuator/prometheus", Map.of("Accept", "text/plain"));
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("http_server_requests_seconds_count{", "hikaricp_connections_active{");

        for (var path : List.of("/actuator/prometheus", "/actuator/health/readiness", "/actuator/health")) {
            var onTheAppsPort = get(APP_PORT, path, Map.of("Accept", "text/plain"));
            assertThat(onTheAppsPort.statusCode()).as(path).isNotEqualTo(200);
            assertThat(onTheAppsPort.body()).as(path).doesNotContain("# TYPE", "\"status\"");
        }
    }

    @Test
    void withTheJarsOwnDefaultsItRefusesToStartAndSaysWhyWithoutAStackTrace() throws Exception {
        var process = startJar(Map.of("VARDKEDJAN_PORT", String.valueOf(freePort()),
                "VARDKEDJAN_MANAGEMENT_PORT", String.valueOf(freePort())));
        var output = Collections.synchronizedList(new ArrayList<String>());
        var reader = Thread.ofVirtual().start(() -> readLines(process.getInputStream(), output));
        Thread.ofVirtual().start(() -> readLines(process.getErrorStream(), output));
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("stopped by itself").isTrue();
        reader.join(Duration.ofSeconds(10));

        assertThat(process.exitValue()).isNotZero();
        var text = String.join("\n", output);
        assertThat(text).contains("APPLICATION FAILED TO START", "Vårdkedjan runs as production",
                "VARDKEDJAN_IDENTITY_ISSUER_URI", "VARDKEDJAN_IDENTITY_STAFF_CLIENT_SECRET",
                "VARDKEDJAN_IDENTITY_PORTAL_CLIENT_SECRET", "VARDKEDJAN_SECURE_COOKIES",
                "VARDKEDJAN_DATABASE_PASSWORD", "VARDKEDJAN_DATABASE_OWNER_PASSWORD", "docs/operations.md");
        assertThat(text).doesNotContain("\tat ", "Started VardkedjanApplication");
    }

    /** {@code java -jar} the product's jar with these environment variables and no others. */
    private static Process startJar(Map<String, String> variables) throws IOException {
        var jar = Path.of(System.getProperty("vardkedjan.product.jar", "target/vardkedjan-app-0.1.0-SNAPSHOT.jar"));
        assertThat(jar).as("the app's jar, built by package").isRegularFile();
        var java = ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin",
                "java").toString());
        var builder = new ProcessBuilder(java, "-Xmx768m", "-jar", jar.toAbsolutePath().toString());
        builder.environment().clear();
        builder.environment().putAll(variables);
        return builder.start();
    }

    private static void readLines(InputStream in, List<String> into) {
        try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (var line = reader.readLine(); line != null; line = reader.readLine()) {
                into.add(line);
            }
        } catch (IOException e) {
            // The process ended.
        }
    }

    /** The console's lines so far, once one of them names the request id (lines are written as they are logged). */
    private static List<String> waitForLine(String id) throws InterruptedException {
        var deadline = Instant.now().plusSeconds(10);
        while (Instant.now().isBefore(deadline)) {
            synchronized (stdout) {
                if (stdout.stream().anyMatch(line -> line.contains(id))) {
                    return List.copyOf(stdout);
                }
            }
            Thread.sleep(100);
        }
        return List.copyOf(stdout);
    }

    private static boolean live() {
        try (var client = HttpClient.newHttpClient()) {
            return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + MANAGEMENT_PORT
                            + "/actuator/health/liveness")).timeout(Duration.ofSeconds(2)).GET().build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private HttpResponse<String> get(int port, String path, Map<String, String> headers)
            throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        headers.forEach(request::header);
        return http.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
