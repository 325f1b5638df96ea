package se.vardkedjan.platform.devstack.bankid;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The tester page ({@code GET /}) and its plain HTML forms: every action is a POST that redirects back to the page
 * with a message, so the page works without JavaScript; a little script only keeps the list of orders current.
 */
final class TesterPage implements HttpHandler {

    private static final System.Logger LOG = System.getLogger(TesterPage.class.getName());
    private static final Pattern ORDER_ACTION = Pattern.compile("/orders/([^/]+)/(scan|approve|cancel|fail|expire)");
    /** Starts the message of an approval with an invalid personal number, which is shown as a warning. */
    private static final String INVALID_NUMBER_PREFIX = "Obs! ";
    private final Orders orders;
    private final Faults faults;
    private final TesterPageView view;

    TesterPage(Orders orders, Faults faults, TesterPageView view) {
        this.orders = orders;
        this.faults = faults;
        this.view = view;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String method = exchange.getRequestMethod();
        if (path.equals("/") && method.equals("GET")) {
            Map<String, String> query = form(exchange.getRequestURI().getRawQuery());
            var notice = Optional.ofNullable(query.get("meddelande"))
                    .map(text -> new TesterPageView.Notice(TesterPageView.NoticeKind.of(query.get("typ")), text));
            Http.sendHtml(exchange, 200, view.render(orders.pending(), notice));
            return;
        }
        if (!method.equals("POST")) {
            Http.sendHtml(exchange, 404, view.notFound());
            return;
        }
        Map<String, String> form = form(new String(Http.readBody(exchange), StandardCharsets.UTF_8));
        try {
            var action = ORDER_ACTION.matcher(path);
            String message;
            String kind = "ok";
            if (action.matches()) {
                message = act(action.group(1), action.group(2), form);
                if (message.startsWith(INVALID_NUMBER_PREFIX)) {
                    kind = "varning";
                }
            } else if (path.equals("/scan")) {
                var orderRef = orders.scan(form.getOrDefault("qrData", ""), person(form));
                message = "QR-koden är skannad för order " + TesterPageView.shortRef(orderRef.toString())
                        + ". Välj Godkänn eller Avbryt.";
            } else if (path.equals("/faults")) {
                message = injectFault(form);
            } else {
                Http.sendHtml(exchange, 404, view.notFound());
                return;
            }
            redirect(exchange, kind, message);
        } catch (TesterActionRefused e) {
            redirect(exchange, "fel", e.swedishText());
        } catch (RuntimeException e) {
            LOG.log(Level.ERROR, "Tester page " + path + " failed", e);
            redirect(exchange, "fel", "Internt fel: " + e);
        }
    }

    private String act(String orderRef, String action, Map<String, String> form) {
        String order = "order " + TesterPageView.shortRef(orderRef);
        return switch (action) {
            case "scan" -> {
                orders.scan(orderRef, Optional.empty(), person(form));
                yield "QR-koden är skannad för " + order + ". Välj Godkänn eller Avbryt.";
            }
            case "approve" -> {
                TestPerson person = person(form).orElseThrow(() -> TesterActionRefused.invalid(
                        "personalNumber is required", "Välj en testperson eller ange ett personnummer."));
                orders.approve(orderRef, person);
                String done = person.name() + " har godkänt " + order + ".";
                yield person.hasValidPersonalNumber() ? done
                        : INVALID_NUMBER_PREFIX + done + " Personnumret " + person.personalNumber()
                                + " är ogiltigt (datum eller kontrollsiffra); tjänsten bör neka inloggningen.";
            }
            case "cancel" -> {
                orders.cancelByUser(orderRef);
                yield "Användaren har avbrutit " + order + " (userCancel).";
            }
            case "fail" -> {
                HintCode reason = TesterApi.failureHintCode(form.getOrDefault("hintCode", ""));
                orders.fail(orderRef, reason);
                yield order + " misslyckades med " + reason.code() + ".";
            }
            case "expire" -> {
                orders.expire(orderRef);
                yield "Tiden har gått ut för " + order + " (expiredTransaction).";
            }
            default -> throw new IllegalStateException("Unhandled action " + action);
        };
    }

    private String injectFault(Map<String, String> form) {
        String code = form.getOrDefault("errorCode", "");
        RpApiError error = RpApiError.ofCode(code)
                .orElseThrow(() -> TesterActionRefused.invalid("Unknown errorCode " + code, "Okänd felkod: " + code));
        int count;
        try {
            count = Integer.parseInt(form.getOrDefault("count", "1").strip());
        } catch (NumberFormatException e) {
            throw TesterActionRefused.invalid("count must be a number", "Antalet ska vara ett heltal.");
        }
        if (count < 0) {
            throw TesterActionRefused.invalid("count must not be negative", "Antalet ska vara 0 eller fler.");
        }
        faults.inject(error, count);
        return count == 0 ? "Inga fel simuleras längre."
                : "De nästa " + count + " anropen till RP-API:t svarar med " + error.code() + " (HTTP "
                        + error.httpStatus() + ").";
    }

    /**
     * The person chosen in a form: the free-text personal number (with names) when filled in, otherwise the test
     * person picked in the list.
     */
    private static Optional<TestPerson> person(Map<String, String> form) {
        String typed = form.getOrDefault("personalNumber", "");
        if (!typed.isBlank()) {
            return PersonInput.resolve(typed, form.get("givenName"), form.get("surname"));
        }
        return PersonInput.resolve(form.get("person"), null, null);
    }

    private static void redirect(HttpExchange exchange, String kind, String message) throws IOException {
        Http.redirect(exchange, "/?typ=" + kind + "&meddelande=" + URLEncoder.encode(message, StandardCharsets.UTF_8));
    }

    static Map<String, String> form(String encoded) {
        Map<String, String> values = new HashMap<>();
        if (encoded == null || encoded.isEmpty()) {
            return values;
        }
        for (String pair : encoded.split("&")) {
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            String value = equals < 0 ? "" : pair.substring(equals + 1);
            values.putIfAbsent(URLDecoder.decode(name, StandardCharsets.UTF_8),
                    URLDecoder.decode(value, StandardCharsets.UTF_8));
        }
        return values;
    }
}
