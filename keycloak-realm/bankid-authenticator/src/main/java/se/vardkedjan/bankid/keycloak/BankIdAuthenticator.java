package se.vardkedjan.bankid.keycloak;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.Authenticator;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import se.vardkedjan.bankid.keycloak.qr.QrCodeImage;
import se.vardkedjan.bankid.keycloak.rp.BankIdException;
import se.vardkedjan.bankid.keycloak.rp.CollectResult;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * "Logga in med BankID": starts a BankID order for the browser's IP address, shows the animated QR code and an
 * autostart link, and finishes the login when BankID says the order is complete.
 *
 * <p>The page talks to {@link #action} only, by POSTing to the form's action URL with {@code bankid_action}:
 * <ul>
 *     <li>{@code poll} (about once a second, {@code Accept: application/json}): the next QR code and the status, as
 *     JSON; BankID's {@code collect} is called at most every {@link BankIdService#collectInterval()}. Keycloak's action
 *     codes are single use, so each answer carries the URL ({@code next}) for the following request;</li>
 *     <li>{@code cancel} (the cancel button, and a beacon when the page is left): cancels the order at BankID;</li>
 *     <li>{@code retry}: a new order after a failure;</li>
 *     <li>{@code finish}: after the poll said {@code complete}, logs the user in.</li>
 * </ul>
 * Without {@code Accept: application/json} every answer is the whole page (or, once the order is complete, the end of
 * the login), so the flow also works as plain forms without script.
 *
 * <p>The order lives in the authentication session's notes ({@link BankIdOrder}); the browser never sends an order
 * reference, and the QR secret never leaves the server.
 */
final class BankIdAuthenticator implements Authenticator {

    private static final Logger log = Logger.getLogger(BankIdAuthenticator.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    static final String TEMPLATE = "vardkedjan-bankid.ftl";
    static final String ACTION_PARAMETER = "bankid_action";
    /** User session note: the assurance level of the login (mapped to the claim {@code assurance_level}). */
    static final String ASSURANCE_LEVEL_NOTE = "assurance_level";
    /** User session note: when BankID completed the order (ISO-8601). */
    static final String ORDER_TIME_NOTE = "bankid_order_time";
    static final String LOA3 = "http://id.elegnamnden.se/loa/1.0/loa3";

    private final BankIdService bankId;
    private final Clock clock;

    BankIdAuthenticator(BankIdService bankId, Clock clock) {
        this.bankId = bankId;
        this.clock = clock;
    }

    @Override
    public void authenticate(AuthenticationFlowContext context) {
        // A reload of the page, or Keycloak re-rendering after a stale action code (a poll whose code was used
        // already is redirected here, still asking for JSON): keep the order that runs.
        var order = BankIdOrder.load(context.getAuthenticationSession())
                .filter(o -> o.isPending() || o.isComplete())
                .map(o -> refresh(context, o))
                .orElseGet(() -> start(context));
        show(context, order);
    }

    @Override
    public void action(AuthenticationFlowContext context) {
        var command = context.getHttpRequest().getDecodedFormParameters().getFirst(ACTION_PARAMETER);
        var current = BankIdOrder.load(context.getAuthenticationSession());
        switch (command == null ? "" : command) {
            case "poll", "finish" -> show(context, current.map(o -> refresh(context, o)).orElseGet(() -> start(context)));
            case "cancel" -> {
                var order = current.map(o -> cancel(context, o)).orElseGet(() -> BankIdOrder.notStarted(UserMessage.RFA6));
                order.save(context.getAuthenticationSession());
                show(context, order);
            }
            case "retry" -> {
                current.ifPresent(o -> cancel(context, o));
                show(context, start(context));
            }
            default -> authenticate(context);
        }
    }

    /**
     * The answer: JSON for the page's script; otherwise the login is finished when the order is complete, and the
     * page is shown when it is not.
     */
    private void show(AuthenticationFlowContext context, BankIdOrder order) {
        if (wantsJson(context)) {
            context.challenge(status(context, order));
        } else if (order.isComplete()) {
            finish(context, order);
        } else {
            context.challenge(page(context, order));
        }
    }

    /** Starts an order for the browser's IP address and keeps it in the session's notes. */
    private BankIdOrder start(AuthenticationFlowContext context) {
        BankIdOrder order;
        try {
            var endUserIp = context.getConnection().getRemoteAddr();
            var started = bankId.relyingParty().auth(endUserIp, bankId.userVisibleText());
            order = BankIdOrder.started(started, clock.instant());
            log.debugf("BankID order %s started", started.orderRef());
        } catch (BankIdException e) {
            log.warnf("BankID auth failed: %s %s", e.errorCode(), e.getMessage());
            order = BankIdOrder.notStarted(UserMessage.forError(e.errorCode()));
        }
        order.save(context.getAuthenticationSession());
        return order;
    }

    /** Collects the order when the last collect is old enough; keeps the outcome in the notes. */
    private BankIdOrder refresh(AuthenticationFlowContext context, BankIdOrder order) {
        var now = clock.instant();
        if (!order.isPending() || (order.lastCollected() != null
                && Duration.between(order.lastCollected(), now).compareTo(bankId.collectInterval()) < 0)) {
            return order;
        }
        BankIdOrder next;
        try {
            next = switch (bankId.relyingParty().collect(order.orderRef())) {
                case CollectResult.Pending pending -> order.collectedAt(now, UserMessage.forPending(pending.hintCode()));
                case CollectResult.Failed failed -> {
                    log.debugf("BankID order %s failed: %s", order.orderRef(), failed.hintCode());
                    yield order.failed(UserMessage.forFailed(failed.hintCode()));
                }
                case CollectResult.Complete complete -> completed(context, order, complete, now);
            };
        } catch (BankIdException e) {
            log.warnf("BankID collect of order %s failed: %s %s", order.orderRef(), e.errorCode(), e.getMessage());
            next = order.failed(UserMessage.forError(e.errorCode()));
        }
        next.save(context.getAuthenticationSession());
        return next;
    }

    private BankIdOrder completed(AuthenticationFlowContext context, BankIdOrder order, CollectResult.Complete complete,
                                  Instant now) {
        var user = complete.completionData().user();
        var personalNumber = PersonalNumbers.canonical(user.personalNumber());
        if (personalNumber.isEmpty()) {
            log.warnf("BankID order %s completed with a personal number that is not valid; no login", order.orderRef());
            context.getEvent().clone().detail("bankid_order", order.orderRef())
                    .error("bankid_invalid_personal_number");
            return order.failed(UserMessage.INVALID_PERSONAL_NUMBER);
        }
        return order.completed(new BankIdOrder.Person(personalNumber.get(), user.givenName(), user.surname()), now);
    }

    private BankIdOrder cancel(AuthenticationFlowContext context, BankIdOrder order) {
        if (order.isPending()) {
            try {
                bankId.relyingParty().cancel(order.orderRef());
            } catch (BankIdException e) {
                log.debugf("BankID cancel of order %s: %s", order.orderRef(), e.getMessage());
            }
        }
        return order.status() == BankIdOrder.Status.FAILED ? order : order.failed(UserMessage.RFA6);
    }

    /**
     * The order is complete: the settings' accounts say whose account it is (a citizen's, found or created; a staff
     * member's, found only), and Keycloak finishes the login; or the page says why not.
     */
    private void finish(AuthenticationFlowContext context, BankIdOrder order) {
        var session = context.getAuthenticationSession();
        var settings = BankIdSettings.of(context.getAuthenticatorConfig());
        var accounts = BankIdAccounts.of(settings, context.getSession(), context.getRealm());
        switch (accounts.accountOf(order.person())) {
            case BankIdAccounts.Outcome.Refused refused -> {
                if (refused.user() != null) {
                    context.getEvent().user(refused.user());
                }
                log.debugf("BankID order %s: login refused (%s)", order.orderRef(), refused.message());
                refuse(context, order, refused.message(), refused.error());
            }
            case BankIdAccounts.Outcome.Account account -> {
                if (account.created()) {
                    context.getEvent().detail("bankid_account", "created");
                }
                BankIdOrder.clear(session);
                if (accounts.citizenLogin()) {
                    session.setUserSessionNote(ASSURANCE_LEVEL_NOTE, LOA3);
                }
                session.setUserSessionNote(ORDER_TIME_NOTE, DateTimeFormatter.ISO_INSTANT.format(order.completed()));
                context.getEvent().detail("auth_method", "bankid").detail("bankid_login", settings.mode().value())
                        .detail("bankid_order", order.orderRef());
                context.setUser(account.user());
                context.success();
            }
        }
    }

    private void refuse(AuthenticationFlowContext context, BankIdOrder order, UserMessage message, String error) {
        var refused = order.failed(message);
        refused.save(context.getAuthenticationSession());
        context.getEvent().clone().detail("bankid_order", order.orderRef()).error(error);
        context.challenge(page(context, refused));
    }

    /** The whole page: the QR code and autostart link while pending, the message and a new try after a failure. */
    private Response page(AuthenticationFlowContext context, BankIdOrder order) {
        var model = new LinkedHashMap<String, Object>();
        model.put("state", order.status().name().toLowerCase(Locale.ROOT));
        model.put("mode", BankIdSettings.of(context.getAuthenticatorConfig()).mode().value());
        model.put("messageKey", order.message().messageKey());
        model.put("messageKeys", Arrays.stream(UserMessage.values()).map(UserMessage::messageKey).toList());
        model.put("refreshUrl", context.getRefreshExecutionUrl().toString());
        if (order.isPending()) {
            putQrCodeOfThisSecond(model, order);
            model.put("autoStartUrl", "bankid:///?autostarttoken=" + order.autoStartToken() + "&redirect=null");
        }
        return context.form()
                .setAttribute("bankid", model)
                .createForm(TEMPLATE);
    }

    /** The answer to a poll: status, message key, the QR code of this second, and the URL for the next request. */
    private Response status(AuthenticationFlowContext context, BankIdOrder order) {
        var body = new LinkedHashMap<String, Object>();
        body.put("status", order.status().name().toLowerCase(Locale.ROOT));
        body.put("message", order.message().messageKey());
        if (order.isPending()) {
            putQrCodeOfThisSecond(body, order);
        }
        body.put("next", context.getActionUrl(context.generateAccessCode()).toString());
        return json(body);
    }

    /** The QR string for the current second (what the image encodes) and its SVG image. */
    private void putQrCodeOfThisSecond(Map<String, Object> model, BankIdOrder order) {
        var qrData = order.qrCode().dataAt(clock.instant());
        model.put("qrData", qrData);
        model.put("qrImage", QrCodeImage.svgDataUri(qrData));
    }

    private static Response json(Map<String, Object> body) {
        try {
            // bytes, not a String: Keycloak's history helper rewrites String entities of action responses as HTML
            return Response.ok(JSON.writeValueAsString(body).getBytes(StandardCharsets.UTF_8))
                    .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                    .header(HttpHeaders.CACHE_CONTROL, "no-store, must-revalidate, max-age=0")
                    .build();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean wantsJson(AuthenticationFlowContext context) {
        List<String> accept = context.getHttpRequest().getHttpHeaders().getRequestHeader(HttpHeaders.ACCEPT);
        return accept != null && accept.stream().anyMatch(value -> value.contains(MediaType.APPLICATION_JSON));
    }

    @Override
    public boolean requiresUser() {
        return false;
    }

    @Override
    public boolean configuredFor(KeycloakSession session, RealmModel realm, UserModel user) {
        return true;
    }

    @Override
    public void setRequiredActions(KeycloakSession session, RealmModel realm, UserModel user) {
    }

    @Override
    public void close() {
    }
}
