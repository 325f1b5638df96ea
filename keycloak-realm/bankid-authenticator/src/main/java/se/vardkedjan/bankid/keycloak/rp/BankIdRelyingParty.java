package se.vardkedjan.bankid.keycloak.rp;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Objects;

/**
 * A client of the BankID relying-party API v6 ({@code auth}, {@code sign}, {@code collect}, {@code cancel}): JSON
 * over HTTPS with mutual TLS, on {@code java.net.http}. It keeps no state; the caller keeps the order reference.
 *
 * <p>Every call either returns a typed result or throws {@link BankIdException} with the BankID error code (or
 * {@link BankIdException.ErrorCode#COMMUNICATION_FAILURE} when BankID could not be reached at all).
 */
public final class BankIdRelyingParty implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI serviceUrl;
    private final HttpClient http;
    private final Duration requestTimeout;

    BankIdRelyingParty(URI serviceUrl, HttpClient http, Duration requestTimeout) {
        this.serviceUrl = Objects.requireNonNull(serviceUrl, "serviceUrl");
        this.http = Objects.requireNonNull(http, "http");
        this.requestTimeout = Objects.requireNonNull(requestTimeout, "requestTimeout");
    }

    /** A client for the service and credentials in the settings (reads the key store and trust anchor now). */
    public static BankIdRelyingParty create(RelyingPartySettings settings) {
        var http = HttpClient.newBuilder()
                .sslContext(MutualTls.sslContext(settings))
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        return new BankIdRelyingParty(settings.serviceUrl(), http, settings.requestTimeout());
    }

    public URI serviceUrl() {
        return serviceUrl;
    }

    /**
     * Starts an authentication order ({@code auth}); the user then scans the animated QR code or autostarts the app.
     *
     * @param endUserIp       the IP address of the user's browser as seen by us
     * @param userVisibleText optional text shown in the app (plain text), or {@code null}
     */
    public OrderStarted auth(String endUserIp, String userVisibleText) {
        var request = orderRequest(endUserIp);
        if (userVisibleText != null && !userVisibleText.isBlank()) {
            request.put("userVisibleData", base64(userVisibleText));
        }
        return orderStarted(post("auth", request));
    }

    /** Starts a signing order ({@code sign}); the text to sign is required and shown in the app. */
    public OrderStarted sign(String endUserIp, String userVisibleText, byte[] userNonVisibleData) {
        if (userVisibleText == null || userVisibleText.isBlank()) {
            throw new IllegalArgumentException("A signing order needs a text to sign");
        }
        var request = orderRequest(endUserIp);
        request.put("userVisibleData", base64(userVisibleText));
        if (userNonVisibleData != null && userNonVisibleData.length > 0) {
            request.put("userNonVisibleData", Base64.getEncoder().encodeToString(userNonVisibleData));
        }
        return orderStarted(post("sign", request));
    }

    /** The state of an order ({@code collect}). BankID asks relying parties to call this about every two seconds. */
    public CollectResult collect(String orderRef) {
        var body = post("collect", JSON.createObjectNode().put("orderRef", requireText(orderRef, "orderRef")));
        var status = text(body, "status");
        var hintCode = text(body, "hintCode");
        return switch (status == null ? "" : status) {
            case "pending" -> new CollectResult.Pending(orderRef, hintCode);
            case "failed" -> new CollectResult.Failed(orderRef, hintCode);
            case "complete" -> new CollectResult.Complete(orderRef, completionData(body.path("completionData")));
            default -> throw new BankIdException(BankIdException.ErrorCode.UNKNOWN, 200,
                    "collect answered an unknown status: " + status);
        };
    }

    /** Cancels an order that is still pending ({@code cancel}). */
    public void cancel(String orderRef) {
        post("cancel", JSON.createObjectNode().put("orderRef", requireText(orderRef, "orderRef")));
    }

    @Override
    public void close() {
        http.close();
    }

    private ObjectNode orderRequest(String endUserIp) {
        return JSON.createObjectNode().put("endUserIp", requireText(endUserIp, "endUserIp"));
    }

    private JsonNode post(String method, ObjectNode request) {
        HttpResponse<String> response;
        try {
            response = http.send(HttpRequest.newBuilder(serviceUrl.resolve(method))
                            .timeout(requestTimeout)
                            .header("Content-Type", "application/json")
                            .header("Accept", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(request), StandardCharsets.UTF_8))
                            .build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new BankIdException(BankIdException.ErrorCode.COMMUNICATION_FAILURE, 0,
                    method + " could not reach " + serviceUrl.getHost() + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BankIdException(BankIdException.ErrorCode.COMMUNICATION_FAILURE, 0, method + " was interrupted", e);
        }
        var body = parse(response.body());
        if (response.statusCode() == 200) {
            if (body == null) {
                throw new BankIdException(BankIdException.ErrorCode.UNKNOWN, 200, method + " answered no JSON");
            }
            return body;
        }
        var errorCode = body == null ? null : text(body, "errorCode");
        var details = body == null ? null : text(body, "details");
        throw new BankIdException(BankIdException.ErrorCode.of(errorCode, response.statusCode()), response.statusCode(),
                method + " failed with HTTP " + response.statusCode() + " " + (errorCode == null ? "" : errorCode)
                        + (details == null ? "" : ": " + details));
    }

    private static JsonNode parse(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            var node = JSON.readTree(body);
            return node != null && node.isObject() ? node : null;
        } catch (JsonProcessingException notJson) {
            return null;
        }
    }

    private static OrderStarted orderStarted(JsonNode body) {
        var orderRef = text(body, "orderRef");
        var autoStartToken = text(body, "autoStartToken");
        var qrStartToken = text(body, "qrStartToken");
        var qrStartSecret = text(body, "qrStartSecret");
        if (orderRef == null || autoStartToken == null || qrStartToken == null || qrStartSecret == null) {
            throw new BankIdException(BankIdException.ErrorCode.UNKNOWN, 200,
                    "The order response lacks orderRef, autoStartToken, qrStartToken or qrStartSecret");
        }
        return new OrderStarted(orderRef, autoStartToken, qrStartToken, qrStartSecret);
    }

    private static CompletionData completionData(JsonNode data) {
        var user = data.path("user");
        var device = data.path("device");
        var personalNumber = text(user, "personalNumber");
        if (personalNumber == null) {
            throw new BankIdException(BankIdException.ErrorCode.UNKNOWN, 200, "A complete order without a personal number");
        }
        return new CompletionData(
                new CompletionData.User(personalNumber, text(user, "name"), text(user, "givenName"), text(user, "surname")),
                new CompletionData.Device(text(device, "ipAddress"), text(device, "uhi")),
                text(data, "bankIdIssueDate"),
                text(data, "signature"),
                text(data, "ocspResponse"),
                text(data, "risk"));
    }

    private static String text(JsonNode node, String field) {
        var value = node == null ? null : node.get(field);
        return value == null || value.isNull() || !value.isValueNode() ? null : value.asText();
    }

    private static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
        return value;
    }
}
