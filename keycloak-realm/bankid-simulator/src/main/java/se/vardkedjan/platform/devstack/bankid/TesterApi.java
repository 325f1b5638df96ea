package se.vardkedjan.platform.devstack.bankid;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import se.vardkedjan.platform.devstack.otp.DemoOtpAccount;
import se.vardkedjan.platform.devstack.otp.DemoOtpAccounts;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The JSON API under {@code /api/} that end-to-end tests use in place of the phone app (plain HTTP, no
 * authentication: the simulator is a test tool):
 * <ul>
 *   <li>{@code GET /api/orders} – the pending orders;</li>
 *   <li>{@code POST /api/orders/{orderRef}/scan} {@code {"qrData"?, "personalNumber"?, ...}} – scan the QR code;</li>
 *   <li>{@code POST /api/scan} {@code {"qrData", "personalNumber"?, ...}} – scan a QR code, order found by its token;</li>
 *   <li>{@code POST /api/orders/{orderRef}/approve} {@code {"personalNumber", "givenName"?, "surname"?}};</li>
 *   <li>{@code POST /api/orders/{orderRef}/cancel} – the user cancels ({@code userCancel});</li>
 *   <li>{@code POST /api/orders/{orderRef}/fail} {@code {"hintCode"}} – the order fails with that hint code;</li>
 *   <li>{@code POST /api/orders/{orderRef}/expire} – the order expires ({@code expiredTransaction});</li>
 *   <li>{@code POST /api/faults} {@code {"errorCode", "count"?}} – the next RP API requests fail;</li>
 *   <li>{@code GET /api/persons} – the built-in test persons;</li>
 *   <li>{@code GET /api/demo-codes} – the demo staff accounts' current one-time codes
 *   ({@code [{username, name, code, secondsLeft}]}), for the tester page's "Demokoder".</li>
 * </ul>
 * Actions answer 204; refusals answer {@code {"errorCode", "details"}} with 400, 404 or 409.
 */
final class TesterApi implements HttpHandler {

    private static final System.Logger LOG = System.getLogger(TesterApi.class.getName());
    private static final Pattern ORDER_ACTION = Pattern.compile("/api/orders/([^/]+)/(scan|approve|cancel|fail|expire)");

    private final Orders orders;
    private final Faults faults;
    private final DemoOtpAccounts demoOtpAccounts;
    private final Clock clock;

    TesterApi(Orders orders, Faults faults, DemoOtpAccounts demoOtpAccounts, Clock clock) {
        this.orders = orders;
        this.faults = faults;
        this.demoOtpAccounts = demoOtpAccounts;
        this.clock = clock;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String method = exchange.getRequestMethod();
        try {
            if (path.equals("/api/orders")) {
                requireMethod(method, "GET");
                Http.sendJson(exchange, 200, orders.pending().stream().map(TesterApi::pendingOrder).toList());
            } else if (path.equals("/api/persons")) {
                requireMethod(method, "GET");
                Http.sendJson(exchange, 200, TestPersons.all().stream().map(TesterApi::person).toList());
            } else if (path.equals("/api/demo-codes")) {
                requireMethod(method, "GET");
                var now = clock.instant();
                Http.sendJson(exchange, 200, demoOtpAccounts.all().stream().map(account -> demoCode(account, now)).toList());
            } else if (path.equals("/api/faults")) {
                requireMethod(method, "POST");
                injectFault(body(exchange));
                Http.sendNoContent(exchange);
            } else if (path.equals("/api/scan")) {
                requireMethod(method, "POST");
                JsonNode body = body(exchange);
                String qrData = text(body, "qrData").orElseThrow(() -> TesterActionRefused.scanRefused(ScanRefusal.MALFORMED));
                var orderRef = orders.scan(qrData, person(body));
                Http.sendJson(exchange, 200, Map.of("orderRef", orderRef.toString()));
            } else {
                var action = ORDER_ACTION.matcher(path);
                if (!action.matches()) {
                    throw new TesterActionRefused(404, "notFound", "No such resource: " + path, "Sidan finns inte.");
                }
                requireMethod(method, "POST");
                act(action.group(1), action.group(2), body(exchange));
                Http.sendNoContent(exchange);
            }
        } catch (TesterActionRefused e) {
            LOG.log(Level.DEBUG, () -> "Tester API " + method + " " + path + " -> " + e.httpStatus() + " " + e.errorCode());
            sendRefusal(exchange, e);
        } catch (RuntimeException e) {
            LOG.log(Level.ERROR, "Tester API " + method + " " + path + " failed", e);
            sendRefusal(exchange, new TesterActionRefused(500, "internalError", String.valueOf(e), "Internt fel."));
        }
    }

    private void act(String orderRef, String action, JsonNode body) {
        switch (action) {
            case "scan" -> orders.scan(orderRef, text(body, "qrData"), person(body));
            case "approve" -> orders.approve(orderRef, PersonInput.require(
                    text(body, "personalNumber").orElse(null), text(body, "givenName").orElse(null),
                    text(body, "surname").orElse(null)));
            case "cancel" -> orders.cancelByUser(orderRef);
            case "fail" -> orders.fail(orderRef, failureHintCode(text(body, "hintCode").orElse("")));
            case "expire" -> orders.expire(orderRef);
            default -> throw new IllegalStateException("Unhandled action " + action);
        }
    }

    static HintCode failureHintCode(String code) {
        return HintCode.ofCode(code).filter(HintCode::isFailure).orElseThrow(() -> TesterActionRefused.invalid(
                "hintCode must be one of " + failureHintCodes(), "Okänd felkod: " + code));
    }

    static List<String> failureHintCodes() {
        return Arrays.stream(HintCode.values()).filter(HintCode::isFailure).map(HintCode::code).toList();
    }

    private void injectFault(JsonNode body) {
        String code = text(body, "errorCode").orElse("");
        RpApiError error = RpApiError.ofCode(code).orElseThrow(() -> TesterActionRefused.invalid(
                "errorCode must be an RP API error code such as maintenance, internalError or requestTimeout: " + code,
                "Okänd felkod: " + code));
        JsonNode count = body.get("count");
        int times = count == null || count.isNull() ? 1 : count.asInt(-1);
        if (times < 0 || (count != null && !count.isNull() && !count.isIntegralNumber())) {
            throw TesterActionRefused.invalid("count must be a whole number, 0 or more", "Antalet ska vara 0 eller fler.");
        }
        faults.inject(error, times);
    }

    private static Optional<TestPerson> person(JsonNode body) {
        return PersonInput.resolve(text(body, "personalNumber").orElse(null), text(body, "givenName").orElse(null),
                text(body, "surname").orElse(null));
    }

    private static JsonNode body(HttpExchange exchange) throws IOException {
        byte[] bytes = Http.readBody(exchange);
        if (bytes.length == 0) {
            return Http.JSON.createObjectNode();
        }
        try {
            JsonNode body = Http.JSON.readTree(bytes);
            if (body == null || !body.isObject()) {
                throw TesterActionRefused.invalid("The body must be a JSON object", "Felaktig begäran.");
            }
            return body;
        } catch (JacksonException e) {
            throw TesterActionRefused.invalid("Invalid JSON", "Felaktig begäran.");
        }
    }

    private static Optional<String> text(JsonNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isString()) {
            throw TesterActionRefused.invalid(field + " must be a string", "Felaktig begäran.");
        }
        return Optional.of(value.stringValue());
    }

    private static void requireMethod(String method, String allowed) {
        if (!allowed.equals(method)) {
            throw new TesterActionRefused(405, "methodNotAllowed", "Use " + allowed, "Fel metod.");
        }
    }

    static Map<String, Object> pendingOrder(Orders.PendingOrder order) {
        var json = new LinkedHashMap<String, Object>();
        json.put("orderRef", order.orderRef().toString());
        json.put("type", order.type().code());
        json.put("status", OrderStatus.PENDING.code());
        json.put("hintCode", order.hintCode().code());
        json.put("qrStartToken", order.qrStartToken().toString());
        json.put("autoStartToken", order.autoStartToken().toString());
        json.put("createdAt", order.createdAt().truncatedTo(ChronoUnit.MILLIS).toString());
        json.put("endUserIp", order.endUserIp());
        return json;
    }

    private static Map<String, Object> person(TestPerson person) {
        var json = new LinkedHashMap<String, Object>();
        json.put("personalNumber", person.personalNumber());
        json.put("name", person.name());
        json.put("givenName", person.givenName());
        json.put("surname", person.surname());
        json.put("coordinationNumber", person.hasCoordinationNumber());
        return json;
    }

    static Map<String, Object> demoCode(DemoOtpAccount account, Instant now) {
        var json = new LinkedHashMap<String, Object>();
        json.put("username", account.username());
        json.put("name", account.name());
        json.put("code", account.code(now));
        json.put("secondsLeft", secondsLeft(account, now));
        return json;
    }

    /** Whole seconds the code stays current, rounded up (as authenticator apps count down). */
    static long secondsLeft(DemoOtpAccount account, Instant now) {
        return (account.remaining(now).toMillis() + 999) / 1000;
    }

    private static void sendRefusal(HttpExchange exchange, TesterActionRefused refusal) throws IOException {
        var json = new LinkedHashMap<String, Object>();
        json.put("errorCode", refusal.errorCode());
        json.put("details", refusal.details());
        Http.sendJson(exchange, refusal.httpStatus(), json);
    }
}
