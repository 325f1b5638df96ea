package se.vardkedjan.platform.devstack.bankid;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpsExchange;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

import javax.net.ssl.SSLPeerUnverifiedException;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.security.cert.X509Certificate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The relying-party API v6 under {@value #BASE_PATH}: {@code auth}, {@code sign}, {@code collect} and
 * {@code cancel}, POST with {@code Content-Type: application/json}, answered as the real service answers.
 *
 * <p>The checks run in this order: client certificate (401), injected fault, path (404), method (405), content type
 * (415), JSON body and parameters (400).
 */
final class RpApi implements HttpHandler {

    static final String BASE_PATH = "/rp/v6.0/";

    private static final System.Logger LOG = System.getLogger(RpApi.class.getName());

    private final Orders orders;
    private final Faults faults;

    RpApi(Orders orders, Faults faults) {
        this.orders = orders;
        this.faults = faults;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        try {
            RpClient client = client(exchange);
            faults.next().ifPresent(error -> {
                throw error.withDetails(error.defaultDetails() + " (injected by the simulator)");
            });
            String endpoint = endpoint(path);
            if (!"POST".equals(exchange.getRequestMethod())) {
                exchange.getResponseHeaders().set("Allow", "POST");
                throw RpApiError.METHOD_NOT_ALLOWED.exception();
            }
            requireJsonContentType(exchange);
            JsonNode body = parse(Http.readBody(exchange));
            Object answer = switch (endpoint) {
                case "auth" -> started(orders.start(RpRequests.orderRequest(OrderType.AUTH, body), client));
                case "sign" -> started(orders.start(RpRequests.orderRequest(OrderType.SIGN, body), client));
                case "collect" -> collected(orders.collect(RpRequests.orderRef(body), client));
                case "cancel" -> {
                    orders.cancel(RpRequests.orderRef(body), client);
                    yield Map.of();
                }
                default -> throw new IllegalStateException("Unhandled endpoint " + endpoint);
            };
            LOG.log(Level.DEBUG, () -> "RP API " + path + " -> 200");
            Http.sendJson(exchange, 200, answer);
        } catch (RpApiException e) {
            LOG.log(Level.DEBUG, () -> "RP API " + path + " -> " + e.error().httpStatus() + " " + e.error().code());
            sendError(exchange, e.error(), e.details());
        } catch (RuntimeException e) {
            LOG.log(Level.ERROR, "RP API " + path + " failed", e);
            sendError(exchange, RpApiError.INTERNAL_ERROR, RpApiError.INTERNAL_ERROR.defaultDetails());
        }
    }

    private static RpClient client(HttpExchange exchange) {
        if (!(exchange instanceof HttpsExchange https)) {
            throw RpApiError.UNAUTHORIZED.exception();
        }
        try {
            var certificates = https.getSSLSession().getPeerCertificates();
            if (certificates.length == 0 || !(certificates[0] instanceof X509Certificate certificate)) {
                throw RpApiError.UNAUTHORIZED.exception();
            }
            return RpClient.of(certificate);
        } catch (SSLPeerUnverifiedException e) {
            throw RpApiError.UNAUTHORIZED.exception();
        }
    }

    private static String endpoint(String path) {
        if (path.startsWith(BASE_PATH)) {
            String endpoint = path.substring(BASE_PATH.length());
            if (endpoint.equals("auth") || endpoint.equals("sign") || endpoint.equals("collect")
                    || endpoint.equals("cancel")) {
                return endpoint;
            }
        }
        throw RpApiError.NOT_FOUND.withDetails("No such resource: " + path);
    }

    /** Exactly {@code application/json}: BankID refuses a charset parameter (the type has no parameters). */
    private static void requireJsonContentType(HttpExchange exchange) {
        String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
        if (contentType == null || !contentType.strip().equalsIgnoreCase("application/json")) {
            throw RpApiError.UNSUPPORTED_MEDIA_TYPE.exception();
        }
    }

    private static JsonNode parse(byte[] body) {
        try {
            return Http.JSON.readTree(body);
        } catch (JacksonException e) {
            throw RpApiError.INVALID_PARAMETERS.withDetails("Invalid JSON");
        }
    }

    private static Map<String, Object> started(Order order) {
        var answer = new LinkedHashMap<String, Object>();
        answer.put("orderRef", order.orderRef().toString());
        answer.put("autoStartToken", order.autoStartToken().toString());
        answer.put("qrStartToken", order.qrStartToken().toString());
        answer.put("qrStartSecret", order.qrStartSecret().toString());
        return answer;
    }

    private static Map<String, Object> collected(Orders.CollectAnswer collected) {
        var answer = new LinkedHashMap<String, Object>();
        answer.put("orderRef", collected.orderRef().toString());
        answer.put("status", collected.status().code());
        collected.hintCode().ifPresent(hint -> answer.put("hintCode", hint.code()));
        collected.completionData().ifPresent(data -> answer.put("completionData", data));
        return answer;
    }

    private static void sendError(HttpExchange exchange, RpApiError error, String details) throws IOException {
        var answer = new LinkedHashMap<String, Object>();
        answer.put("errorCode", error.code());
        answer.put("details", details);
        Http.sendJson(exchange, error.httpStatus(), answer);
    }
}
