package se.vardkedjan.keycloak;

import se.vardkedjan.platform.devstack.bankid.BankIdSimulator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The BankID simulator's test API: what the phone app and the tester would do. */
record SimulatorTester(URI base) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    static SimulatorTester of(BankIdSimulator simulator) {
        return new SimulatorTester(URI.create(simulator.testerUrl()));
    }

    List<JsonNode> pendingOrders() throws Exception {
        var response = send(HttpRequest.newBuilder(base.resolve("api/orders")).GET().build());
        assertThat(response.statusCode()).isEqualTo(200);
        return List.copyOf(JSON.readTree(response.body()).values());
    }

    JsonNode pendingOrderWithQrToken(String qrStartToken) throws Exception {
        return pendingOrders().stream()
                .filter(order -> order.path("qrStartToken").asString().equals(qrStartToken))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No pending order with QR token " + qrStartToken));
    }

    void scan(String qrData) throws Exception {
        expect(204, 200, post("api/scan", Map.of("qrData", qrData)));
    }

    void scan(String qrData, String personalNumber) throws Exception {
        expect(204, 200, post("api/scan", Map.of("qrData", qrData, "personalNumber", personalNumber,
                "givenName", "Karl", "surname", "Karlsson")));
    }

    void approve(String orderRef, String personalNumber, String givenName, String surname) throws Exception {
        expect(204, 204, post("api/orders/" + orderRef + "/approve", Map.of("personalNumber", personalNumber,
                "givenName", givenName, "surname", surname)));
    }

    void cancel(String orderRef) throws Exception {
        expect(204, 204, post("api/orders/" + orderRef + "/cancel", Map.of()));
    }

    void expire(String orderRef) throws Exception {
        expect(204, 204, post("api/orders/" + orderRef + "/expire", Map.of()));
    }

    void injectFault(String errorCode, int count) throws Exception {
        expect(204, 204, post("api/faults", Map.of("errorCode", errorCode, "count", count)));
    }

    private HttpResponse<String> post(String path, Map<String, Object> body) throws Exception {
        return send(HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                .build());
    }

    private static void expect(int one, int other, HttpResponse<String> response) {
        assertThat(response.statusCode()).as("simulator: %s", response.body()).isIn(one, other);
    }

    private static HttpResponse<String> send(HttpRequest request) throws Exception {
        try (var http = HttpClient.newHttpClient()) {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        }
    }
}
