package se.vardkedjan.keycloak;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.vardkedjan.keycloak.OidcTokens.Pkce;
import se.vardkedjan.platform.devstack.bankid.BankIdSimulator;
import se.vardkedjan.platform.devstack.KeycloakServer;
import se.vardkedjan.platform.devstack.PostgresServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static se.vardkedjan.keycloak.KeycloakHttpSession.form;
import static se.vardkedjan.keycloak.KeycloakHttpSession.formAction;
import static se.vardkedjan.keycloak.KeycloakHttpSession.get;
import static se.vardkedjan.keycloak.KeycloakHttpSession.loginFormAction;
import static se.vardkedjan.keycloak.KeycloakHttpSession.postForm;
import static se.vardkedjan.keycloak.OidcTokens.json;
import static se.vardkedjan.keycloak.OidcTokens.payload;
import static se.vardkedjan.keycloak.OidcTokens.randomToken;
import static se.vardkedjan.keycloak.OidcTokens.stringList;

/**
 * The citizen portal's login with BankID, end to end over HTTP: a real Keycloak (PostgreSQL-backed) with the BankID
 * authenticator and the realm file, talking RP API v6 over mutual TLS to the BankID simulator; the simulator's test
 * API stands in for the phone app. The test drives the page the way its script does: POST {@code bankid_action=poll}
 * with {@code Accept: application/json} to the form's action, following the {@code next} URL of each answer.
 */
class PortalBankIdLoginIntegrationTest {

    private static final String REALM = "vardkedjan";
    private static final String APP_URL = "http://localhost:18080";
    private static final String PORTAL = "vardkedjan-portal";
    private static final String PORTAL_SECRET = "vardkedjan-portal-dev-secret";
    private static final String PORTAL_REDIRECT = APP_URL + "/login/oauth2/code/portal";
    private static final String STAFF_REDIRECT = APP_URL + "/login/oauth2/code/staff";
    private static final String LOA3 = "http://id.elegnamnden.se/loa/1.0/loa3";
    private static final Pattern QR_DATA = Pattern.compile("data-qr=\"([^\"]*)\"");
    private static final Pattern STATE = Pattern.compile("<div id=\"vk-bankid\" data-state=\"([a-z]+)\"");
    private static final Pattern QR_TEXT = Pattern.compile("bankid\\.([0-9a-f-]{36})\\.(\\d+)\\.([0-9a-f]{64})");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    static Path temporary;

    private static PostgresServer postgres;
    private static BankIdSimulator simulator;
    private static KeycloakServer keycloak;

    @BeforeAll
    static void startServers() throws IOException {
        postgres = PostgresServer.start(temporary.resolve("postgres"), 0);
        simulator = BankIdSimulator.start(new BankIdSimulator.Settings(temporary.resolve("bankid"), 0, 0,
                BankIdSimulator.Settings.DEFAULT_UNSTARTED_ORDER_TIMEOUT, BankIdSimulator.Settings.DEFAULT_USER_SIGN_TIMEOUT));
        keycloak = KeycloakServer.start(KeycloakTestStack.keycloakSettings(postgres, APP_URL, "keycloak-bankid.log",
                // exactly what an operator sets for BankID's real test service, with its URL and files
                Map.of("KC_SPI_AUTHENTICATOR__VARDKEDJAN_BANKID__SERVICE_URL", simulator.rpBaseUrl(),
                        "KC_SPI_AUTHENTICATOR__VARDKEDJAN_BANKID__KEY_STORE", simulator.rpClientKeyStore().toString(),
                        "KC_SPI_AUTHENTICATOR__VARDKEDJAN_BANKID__KEY_STORE_PASSWORD", simulator.rpClientKeyStorePassword(),
                        "KC_SPI_AUTHENTICATOR__VARDKEDJAN_BANKID__TRUST_ANCHOR", simulator.caCertificate().toString(),
                        "KC_SPI_AUTHENTICATOR__VARDKEDJAN_BANKID__USER_VISIBLE_TEXT", "Logga in i Vårdkedjan",
                        "KC_SPI_AUTHENTICATOR__VARDKEDJAN_BANKID__COLLECT_INTERVAL_MILLIS", "1000")));
    }

    @AfterAll
    static void stopServers() {
        if (keycloak != null) {
            keycloak.close();
        }
        if (simulator != null) {
            simulator.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void aCitizenLogsInByScanningTheAnimatedQrCodeAndTheTokensCarryTheIdentity() throws Exception {
        try (var browser = new Browser()) {
            var page = browser.openPortalLogin();

            assertThat(page.state()).isEqualTo("pending");
            assertThat(page.html())
                    .contains("<h1", "Logga in med BankID")
                    .contains("role=\"status\" aria-live=\"polite\"", "role=\"alert\"")
                    .contains("alt=\"QR-kod för inloggning med BankID.")
                    .contains("href=\"bankid:///?autostarttoken=")
                    .contains("&amp;redirect=null\">BankID på den här enheten</a>")
                    .contains("<button type=\"submit\" id=\"vk-bankid-cancel\"")
                    .contains("Har du inget BankID?")
                    .doesNotContain("type=\"password\"", "personalNumber", "qrStartSecret", "orderRef");
            var first = QR_TEXT.matcher(page.qrData());
            assertThat(first.matches()).as("QR text %s", page.qrData()).isTrue();
            var order = simulator().pendingOrderWithQrToken(first.group(1));
            assertThat(order.path("endUserIp").asString()).isEqualTo("127.0.0.1");
            assertThat(page.html()).contains(order.path("autoStartToken").asString());

            // the page polls about once a second and gets the code of that second, computed on the server
            var firstQrData = page.qrData();
            var poll = page.pollUntil(answer -> !answer.path("qrData").asString().equals(firstQrData), Duration.ofSeconds(5));
            assertThat(poll.propertyNames()).containsExactlyInAnyOrder("status", "message", "qrData", "qrImage", "next");
            assertThat(poll.path("status").asString()).isEqualTo("pending");
            assertThat(poll.path("message").asString()).isEqualTo("bankidRfa1");
            assertThat(poll.path("qrImage").asString()).startsWith("data:image/svg+xml;base64,");
            var later = QR_TEXT.matcher(poll.path("qrData").asString());
            assertThat(later.matches()).isTrue();
            assertThat(later.group(1)).isEqualTo(first.group(1));
            assertThat(Long.parseLong(later.group(2))).isGreaterThan(Long.parseLong(first.group(2)));

            simulator().scan(page.currentQrData());
            assertThat(page.pollUntil(answer -> answer.path("message").asString().equals("bankidRfa9"),
                    Duration.ofSeconds(5)).path("status").asString()).isEqualTo("pending");
            simulator().approve(order.path("orderRef").asString(), "198112289874", "Karl", "Karlsson");
            var tokens = page.finishAndRedeem();

            var idToken = payload(tokens.get("id_token"));
            assertThat(idToken).containsEntry("personal_number", "198112289874")
                    .containsEntry("given_name", "Karl")
                    .containsEntry("family_name", "Karlsson")
                    .containsEntry("name", "Karl Karlsson")
                    .containsEntry("assurance_level", LOA3)
                    .containsEntry("aud", PORTAL);
            assertThat(stringList(idToken.get("roles"))).containsExactly("client");
            assertThat((String) idToken.get("preferred_username")).startsWith("invanare-").doesNotContain("198112289874");
            var accessToken = payload(tokens.get("access_token"));
            assertThat(accessToken).containsEntry("personal_number", "198112289874").containsEntry("assurance_level", LOA3);
            var userinfo = oidc().userinfo((String) tokens.get("access_token"));
            assertThat(userinfo).containsEntry("personal_number", "198112289874").containsEntry("assurance_level", LOA3)
                    .containsEntry("name", "Karl Karlsson");

            var users = admin().usersWithPersonalNumber("198112289874");
            assertThat(users).hasSize(1);
            assertThat(users.getFirst().path("id").asString()).isEqualTo(idToken.get("sub"));

            // the BankID session in this browser is single sign-on for the portal: no second BankID order
            var again = browser.send(get(oidc().authorizationUri(PORTAL, PORTAL_REDIRECT, Pkce.create(), "again")));
            assertThat(again.statusCode()).isEqualTo(302);
            assertThat(again.headers().firstValue("Location").orElseThrow()).startsWith(PORTAL_REDIRECT + "?").contains("code=");
        }
    }

    @Test
    void theSamePersonLogsInAgainAsTheSameAccount() throws Exception {
        var first = payload(loginWithBankId("197010632391", "Sara", "Nilsson").get("id_token"));
        var second = payload(loginWithBankId("197010632391", "Sara", "Nilsson").get("id_token"));

        assertThat(first.get("personal_number")).as("a samordningsnummer is a valid number").isEqualTo("197010632391");
        assertThat(second.get("sub")).isEqualTo(first.get("sub"));
        assertThat(admin().usersWithPersonalNumber("197010632391")).hasSize(1);
    }

    @Test
    void whenTheUserCancelsInTheAppThePageSaysSoAndANewTryWorks() throws Exception {
        try (var browser = new Browser()) {
            var page = browser.openPortalLogin();
            var order = simulator().pendingOrderWithQrToken(page.qrToken());
            simulator().scan(page.currentQrData());
            simulator().cancel(order.path("orderRef").asString());

            var failed = page.pollUntil(answer -> !answer.path("status").asString().equals("pending"), Duration.ofSeconds(5));
            assertThat(failed.path("status").asString()).isEqualTo("failed");
            assertThat(failed.path("message").asString()).isEqualTo("bankidRfa6");
            assertThat(failed.has("qrData")).isFalse();

            var retried = page.submit("retry");
            assertThat(retried.state()).isEqualTo("pending");
            assertThat(retried.qrToken()).as("a new order").isNotEqualTo(page.qrToken());
            var newOrder = simulator().pendingOrderWithQrToken(retried.qrToken());
            simulator().scan(retried.currentQrData());
            simulator().approve(newOrder.path("orderRef").asString(), "199001012385", "Ali", "Hassan");
            var idToken = payload(retried.finishAndRedeem().get("id_token"));
            assertThat(idToken).containsEntry("personal_number", "199001012385").containsEntry("assurance_level", LOA3);
        }
    }

    @Test
    void anExpiredOrderShowsTheNotRespondingMessageInTheUsersLanguage() throws Exception {
        try (var browser = new Browser()) {
            var page = browser.openPortalLogin("en");
            assertThat(page.html()).contains("Log in with BankID", "BankID on this device", "alt=\"QR code for logging in with BankID.");
            simulator().expire(simulator().pendingOrderWithQrToken(page.qrToken()).path("orderRef").asString());

            var failed = page.pollUntil(answer -> !answer.path("status").asString().equals("pending"), Duration.ofSeconds(5));
            assertThat(failed.path("message").asString()).isEqualTo("bankidRfa8");
            var shown = page.submit("poll");
            assertThat(shown.state()).isEqualTo("failed");
            assertThat(shown.html()).contains("The BankID app is not responding.")
                    .contains("id=\"vk-bankid-retry\"").doesNotContain("bankid:///");
        }
    }

    @Test
    void whenBankIdIsDownForMaintenanceThePageSaysSoAndANewTryStartsAnOrder() throws Exception {
        simulator().injectFault("maintenance", 1);
        try (var browser = new Browser()) {
            var page = browser.openPortalLogin();

            assertThat(page.state()).isEqualTo("failed");
            assertThat(page.html()).contains("Internt tekniskt fel. Försök igen.").contains("id=\"vk-bankid-retry\"");
            assertThat(page.submit("retry").state()).isEqualTo("pending");
        }
    }

    @Test
    void anOrderAlreadyInProgressAndACancelledOrderAreExplained() throws Exception {
        simulator().injectFault("alreadyInProgress", 1);
        try (var browser = new Browser()) {
            assertThat(browser.openPortalLogin().html())
                    .contains("En identifiering eller underskrift för det här personnumret är redan påbörjad.");
        }
        // the same person starts a second login elsewhere: BankID cancels the first order
        try (var first = new Browser(); var second = new Browser()) {
            var firstPage = first.openPortalLogin();
            var secondPage = second.openPortalLogin();
            simulator().scan(firstPage.currentQrData(), "198112289874");
            simulator().scan(secondPage.currentQrData(), "198112289874");

            var cancelled = firstPage.pollUntil(answer -> !answer.path("status").asString().equals("pending"), Duration.ofSeconds(5));
            assertThat(cancelled.path("message").asString()).isEqualTo("bankidRfa3");
            assertThat(firstPage.submit("poll").html()).contains("Åtgärden avbruten. Försök igen.");
        }
    }

    @Test
    void anInvalidPersonalNumberFromBankIdIsRefusedAndNoAccountIsCreated() throws Exception {
        var usersBefore = admin().userCount();
        try (var browser = new Browser()) {
            var page = browser.openPortalLogin();
            var order = simulator().pendingOrderWithQrToken(page.qrToken());
            simulator().scan(page.currentQrData());
            simulator().approve(order.path("orderRef").asString(), "198112289875", "Felaktig", "Kontrollsiffra");

            var refused = page.pollUntil(answer -> !answer.path("status").asString().equals("pending"), Duration.ofSeconds(5));
            assertThat(refused.path("status").asString()).isEqualTo("failed");
            assertThat(refused.path("message").asString()).isEqualTo("bankidInvalidPersonalNumber");
            var shown = page.submit("finish");
            assertThat(shown.state()).isEqualTo("failed");
            assertThat(shown.html()).contains("BankID lämnade ett personnummer som inte är giltigt. Inget konto har skapats.");
        }
        assertThat(admin().usersWithPersonalNumber("198112289875")).isEmpty();
        assertThat(admin().userCount()).isEqualTo(usersBefore);
    }

    @Test
    void theCancelButtonCancelsTheOrderAtBankId() throws Exception {
        try (var browser = new Browser()) {
            var page = browser.openPortalLogin();
            var token = page.qrToken();
            assertThat(simulator().pendingOrders()).anyMatch(order -> order.path("qrStartToken").asString().equals(token));

            var cancelled = page.submit("cancel");

            assertThat(cancelled.state()).isEqualTo("failed");
            assertThat(cancelled.html()).contains("Åtgärden avbruten.").contains("id=\"vk-bankid-retry\"");
            assertThat(simulator().pendingOrders()).noneMatch(order -> order.path("qrStartToken").asString().equals(token));
        }
    }

    @Test
    void staffAccountsCannotUseThePortalAndTheirSessionsAreNotReusedForIt() throws Exception {
        // a staff session in the browser does not open the portal: the portal asks for BankID
        try (var browser = new Browser()) {
            var staffPage = browser.send(get(oidc().authorizationUri("vardkedjan-staff", STAFF_REDIRECT, Pkce.create(), "s")));
            var loggedIn = browser.submitLogin(loginFormAction(staffPage.body()), "handlaggare", "demo");
            assertThat(loggedIn.statusCode()).isEqualTo(302);
            assertThat(browser.openPortalLogin().state()).isEqualTo("pending");
        }
        // a citizen account that has been given a staff role is refused at the BankID login
        var citizen = payload(loginWithBankId("198507099805", "Eva", "Ek").get("id_token"));
        admin().grantRealmRole((String) citizen.get("sub"), "caseworker");
        try (var browser = new Browser()) {
            var page = browser.openPortalLogin();
            var order = simulator().pendingOrderWithQrToken(page.qrToken());
            simulator().scan(page.currentQrData());
            simulator().approve(order.path("orderRef").asString(), "198507099805", "Eva", "Ek");
            page.pollUntil(answer -> answer.path("status").asString().equals("complete"), Duration.ofSeconds(5));

            var refused = page.submit("finish");
            assertThat(refused.status()).isEqualTo(200);
            assertThat(refused.state()).isEqualTo("failed");
            assertThat(refused.html()).contains("Det här är ett personalkonto.");
        }
    }

    /** A whole BankID login in a fresh browser; returns the token response. */
    private static Map<String, Object> loginWithBankId(String personalNumber, String givenName, String surname)
            throws Exception {
        try (var browser = new Browser()) {
            var page = browser.openPortalLogin();
            var order = simulator().pendingOrderWithQrToken(page.qrToken());
            simulator().scan(page.currentQrData());
            simulator().approve(order.path("orderRef").asString(), personalNumber, givenName, surname);
            return page.finishAndRedeem();
        }
    }

    /** One browser, which can open the portal's login page. */
    private static final class Browser extends KeycloakHttpSession {
        BankIdPage openPortalLogin() throws Exception {
            return openPortalLogin(null);
        }

        BankIdPage openPortalLogin(String locale) throws Exception {
            var pkce = Pkce.create();
            var state = randomToken();
            var uri = oidc().authorizationUri(PORTAL, PORTAL_REDIRECT, pkce, state);
            if (locale != null) {
                uri = URI.create(uri + "&ui_locales=" + locale);
            }
            var response = send(get(uri));
            assertThat(response.statusCode()).as("BankID page: %s", response.body()).isEqualTo(200);
            return new BankIdPage(this, pkce, state, response.statusCode(), response.body());
        }
    }

    /** The BankID page as the browser has it, and what its script does. */
    private static final class BankIdPage {
        private final Browser browser;
        private final Pkce pkce;
        private final String state;
        private final int status;
        private final String html;
        private String action;
        private String qrData;

        BankIdPage(Browser browser, Pkce pkce, String state, int status, String html) {
            this.browser = browser;
            this.pkce = pkce;
            this.state = state;
            this.status = status;
            this.html = html;
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
            return new BankIdPage(browser, pkce, state, response.statusCode(), response.body());
        }

        /** Polls until complete, submits {@code finish} as the script does, and redeems the code for tokens. */
        Map<String, Object> finishAndRedeem() throws Exception {
            pollUntil(answer -> answer.path("status").asString().equals("complete"), Duration.ofSeconds(5));
            var finished = browser.send(postForm(action, Map.of("bankid_action", "finish"), false));
            assertThat(finished.statusCode()).as("finish: %s", finished.body()).isEqualTo(302);
            return oidc().redeem(browser, finished, PORTAL, PORTAL_SECRET, PORTAL_REDIRECT, pkce, state);
        }
    }

    private static SimulatorApi simulator() {
        return new SimulatorApi(URI.create(simulator.testerUrl()));
    }

    /** The simulator's test API: what the phone app and the tester would do. */
    private record SimulatorApi(URI base) {
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

    private static AdminApi admin() throws Exception {
        try (var http = HttpClient.newHttpClient()) {
            var response = http.send(HttpRequest.newBuilder(
                            URI.create(keycloak.baseUrl() + "/realms/master/protocol/openid-connect/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("grant_type", "password",
                            "client_id", "admin-cli", "username", "admin", "password", "admin"))))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(200);
            return new AdminApi((String) json(response.body()).get("access_token"));
        }
    }

    /** Keycloak's admin REST API, to look behind the login. */
    private record AdminApi(String token) {
        List<JsonNode> usersWithPersonalNumber(String personalNumber) throws Exception {
            var body = get("/users?exact=true&briefRepresentation=false&q="
                    + URLEncoder.encode("personal_number:" + personalNumber, StandardCharsets.UTF_8));
            return List.copyOf(JSON.readTree(body).values());
        }

        int userCount() throws Exception {
            return Integer.parseInt(get("/users/count").trim());
        }

        void grantRealmRole(String userId, String roleName) throws Exception {
            var role = get("/roles/" + roleName);
            try (var http = HttpClient.newHttpClient()) {
                var response = http.send(HttpRequest.newBuilder(
                                URI.create(keycloak.baseUrl() + "/admin/realms/" + REALM + "/users/" + userId + "/role-mappings/realm"))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("[" + role + "]"))
                        .build(), HttpResponse.BodyHandlers.ofString());
                assertThat(response.statusCode()).as(response.body()).isEqualTo(204);
            }
        }

        private String get(String path) throws Exception {
            try (var http = HttpClient.newHttpClient()) {
                var response = http.send(HttpRequest.newBuilder(URI.create(keycloak.baseUrl() + "/admin/realms/" + REALM + path))
                        .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
                assertThat(response.statusCode()).as("admin %s: %s", path, response.body()).isEqualTo(200);
                return response.body();
            }
        }
    }

    private static OidcTokens oidc() {
        return new OidcTokens(keycloak.issuerUri(REALM));
    }
}
