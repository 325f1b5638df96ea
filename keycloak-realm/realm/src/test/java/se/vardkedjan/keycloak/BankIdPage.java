package se.vardkedjan.keycloak;

import se.vardkedjan.keycloak.OidcTokens.Pkce;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static se.vardkedjan.keycloak.KeycloakHttpSession.formAction;
import static se.vardkedjan.keycloak.KeycloakHttpSession.postForm;

/**
 * Keycloak's BankID page as a browser has it, and what its script does: POST {@code bankid_action=poll} with
 * {@code Accept: application/json} to the form's action, following the {@code next} URL of each answer.
 */
final class BankIdPage {

    static final Pattern QR_TEXT = Pattern.compile("bankid\\.([0-9a-f-]{36})\\.(\\d+)\\.([0-9a-f]{64})");
    private static final Pattern QR_DATA = Pattern.compile("data-qr=\"([^\"]*)\"");
    private static final Pattern STATE = Pattern.compile("<div id=\"vk-bankid\" data-state=\"([a-z]+)\"");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final KeycloakHttpSession browser;
    private final OidcTokens oidc;
    private final RealmClient client;
    private final Pkce pkce;
    private final String state;
    private final int status;
    private final String html;
    private String action;
    private String qrData;

    BankIdPage(KeycloakHttpSession browser, OidcTokens oidc, RealmClient client, Pkce pkce, String state,
               HttpResponse<String> response) {
        this.browser = browser;
        this.oidc = oidc;
        this.client = client;
        this.pkce = pkce;
        this.state = state;
        this.status = response.statusCode();
        this.html = response.body();
        this.action = formAction(html, "vk-bankid-form");
        var qr = QR_DATA.matcher(html);
        this.qrData = qr.find() ? qr.group(1) : "";
    }

    int status() {
        return status;
    }

    String html() {
        return html;
    }

    String state() {
        var matcher = STATE.matcher(html);
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }

    String qrData() {
        return qrData;
    }

    String qrToken() {
        var matcher = QR_TEXT.matcher(qrData);
        assertThat(matcher.matches()).as("QR text %s", qrData).isTrue();
        return matcher.group(1);
    }

    /** What the QR image shows now (one poll: the code of this second). */
    String currentQrData() throws Exception {
        var answer = poll();
        assertThat(answer.path("status").asString()).isEqualTo("pending");
        return answer.path("qrData").asString();
    }

    JsonNode poll() throws Exception {
        var response = browser.send(postForm(action, Map.of("bankid_action", "poll"), true));
        assertThat(response.statusCode()).as("poll: %s", response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        assertThat(response.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
        var answer = JSON.readTree(response.body());
        action = answer.path("next").asString();
        if (answer.has("qrData")) {
            qrData = answer.path("qrData").asString();
        }
        return answer;
    }

    JsonNode pollUntil(Predicate<JsonNode> condition, Duration timeout) throws Exception {
        var deadline = Instant.now().plus(timeout);
        while (true) {
            var answer = poll();
            if (condition.test(answer)) {
                return answer;
            }
            assertThat(Instant.now()).as("waiting for the page's status, last %s %s", answer.path("status"),
                    answer.path("message")).isBefore(deadline);
            Thread.sleep(500);
        }
    }

    /** Submits the page's form without script (a button press). */
    BankIdPage submit(String command) throws Exception {
        var response = browser.send(postForm(action, Map.of("bankid_action", command), false));
        assertThat(response.statusCode()).as("%s: %s", command, response.body()).isEqualTo(200);
        return new BankIdPage(browser, oidc, client, pkce, state, response);
    }

    /** Polls until complete and submits {@code finish} as the script does; returns Keycloak's answer. */
    HttpResponse<String> finish() throws Exception {
        pollUntil(answer -> answer.path("status").asString().equals("complete"), Duration.ofSeconds(5));
        return browser.send(postForm(action, Map.of("bankid_action", "finish"), false));
    }

    /** {@link #finish()}, and redeems the code the redirect carries for tokens. */
    Map<String, Object> finishAndRedeem() throws Exception {
        var finished = finish();
        assertThat(finished.statusCode()).as("finish: %s", finished.body()).isEqualTo(302);
        return oidc.redeem(browser, finished, client.clientId(), client.secret(), client.redirectUri(), pkce, state);
    }
}
