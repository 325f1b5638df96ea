package se.vardkedjan;

import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The person with the phone, in the browser tests: scans the QR code the BankID login page shows and approves (or
 * cancels, or lets expire) the order, through the BankID simulator's tester API.
 */
final class BankIdTester {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newHttpClient();

    /** Reads the QR code the page shows, as the phone would, and returns the order it belongs to. */
    String scan(String qrData) throws Exception {
        var response = call("/api/scan", Map.of("qrData", qrData));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body()).path("orderRef").asString();
    }

    void approve(String order, String personalNumber, String givenName, String surname) throws Exception {
        var response = call("/api/orders/" + order + "/approve",
                Map.of("personalNumber", personalNumber, "givenName", givenName, "surname", surname));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(204);
    }

    HttpResponse<String> call(String path, Map<String, String> body) throws Exception {
        var base = EndToEndStack.bankId().testerUrl().replaceAll("/+$", "");
        return http.send(HttpRequest.newBuilder(URI.create(base + path))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
