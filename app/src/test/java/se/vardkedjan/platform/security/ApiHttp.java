package se.vardkedjan.platform.security;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The provider API's tests' HTTP: calls to the running app with a bearer token (or none), and what every answer must
 * be (200 JSON, or a problem document of the status).
 */
final class ApiHttp {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final int port;

    ApiHttp(int port) {
        this.port = port;
    }

    HttpResponse<String> get(String path, String token) throws IOException, InterruptedException {
        return send("GET", path, null, token);
    }

    /** A POST of the body as it is (broken JSON too). */
    HttpResponse<String> post(String path, String body, String token) throws IOException, InterruptedException {
        return send("POST", path, body, token);
    }

    HttpResponse<String> put(String path, String body, String token) throws IOException, InterruptedException {
        return send("PUT", path, body, token);
    }

    HttpResponse<String> send(String method, String path, String body, String token)
            throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The map as a JSON object, in the map's order. */
    static String json(Map<String, ?> body) {
        return JSON.writeValueAsString(new LinkedHashMap<>(body));
    }

    static HttpResponse<String> ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        return response;
    }

    static JsonNode okJson(HttpResponse<String> response) {
        return JSON.readTree(ok(response).body());
    }

    static JsonNode problem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        return JSON.readTree(response.body());
    }

    static JsonNode withoutInstance(JsonNode problem) {
        var copy = ((ObjectNode) problem).deepCopy();
        copy.remove("instance");
        return copy;
    }
}
