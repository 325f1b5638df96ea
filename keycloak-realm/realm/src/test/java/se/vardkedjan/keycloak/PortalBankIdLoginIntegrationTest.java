package se.vardkedjan.keycloak;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.vardkedjan.keycloak.OidcTokens.Pkce;
import se.vardkedjan.platform.devstack.KeycloakServer;
import se.vardkedjan.platform.devstack.PostgresServer;
import se.vardkedjan.platform.devstack.bankid.BankIdSimulator;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static se.vardkedjan.keycloak.KeycloakHttpSession.get;
import static se.vardkedjan.keycloak.OidcTokens.payload;
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
    private static final String PORTAL_REDIRECT = APP_URL + "/login/oauth2/code/portal";
    private static final String LOA3 = "http://id.elegnamnden.se/loa/1.0/loa3";

    @TempDir
    static Path temporary;

    private static PostgresServer postgres;
    private static BankIdSimulator simulator;
    private static KeycloakServer keycloak;
    private static DemoStaff staff;

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
        staff = new DemoStaff();
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
        try (var browser = browser()) {
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
            var first = BankIdPage.QR_TEXT.matcher(page.qrData());
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
            var later = BankIdPage.QR_TEXT.matcher(poll.path("qrData").asString());
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
        try (var browser = browser()) {
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
        try (var browser = browser()) {
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
        try (var browser = browser()) {
            var page = browser.openPortalLogin();

            assertThat(page.state()).isEqualTo("failed");
            assertThat(page.html()).contains("Internt tekniskt fel. Försök igen.").contains("id=\"vk-bankid-retry\"");
            assertThat(page.submit("retry").state()).isEqualTo("pending");
        }
    }

    @Test
    void anOrderAlreadyInProgressAndACancelledOrderAreExplained() throws Exception {
        simulator().injectFault("alreadyInProgress", 1);
        try (var browser = browser()) {
            assertThat(browser.openPortalLogin().html())
                    .contains("En identifiering eller underskrift för det här personnumret är redan påbörjad.");
        }
        // the same person starts a second login elsewhere: BankID cancels the first order
        try (var first = browser(); var second = browser()) {
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
        try (var browser = browser()) {
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
        try (var browser = browser()) {
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
        try (var browser = browser()) {
            var loggedIn = staff.logIn(browser, browser.openStaffLogin().html(), "handlaggare");
            assertThat(loggedIn.statusCode()).isEqualTo(302);
            assertThat(browser.openPortalLogin().state()).isEqualTo("pending");
        }
        // a citizen account that has been given a staff role is refused at the BankID login
        var citizen = payload(loginWithBankId("198507099805", "Eva", "Ek").get("id_token"));
        admin().grantRealmRole((String) citizen.get("sub"), "caseworker");

        var refused = finishedPortalLogin("198507099805", "Eva", "Ek");
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.state()).isEqualTo("failed");
        assertThat(refused.html()).contains("Det här är ett personalkonto.");
    }

    @Test
    void aCitizenAccountHoldingAnyRoleOutsideTheAllowListIsRefused() throws Exception {
        // region_participant was never on the old list of refused staff roles: the allow-list refuses it all the same
        var citizen = payload(loginWithBankId("196408233275", "Lena", "Holm").get("id_token"));
        admin().grantRealmRole((String) citizen.get("sub"), "region_participant");

        var refused = finishedPortalLogin("196408233275", "Lena", "Holm");

        assertThat(refused.state()).isEqualTo("failed");
        assertThat(refused.html()).contains("Det här är ett personalkonto.").doesNotContain("Välkommen");
        assertThat(admin().usersWithPersonalNumber("196408233275")).hasSize(1);
    }

    @Test
    void thePortalNeverLogsInAStaffAccountButTheSamePersonsOwnCitizenAccount() throws Exception {
        // handlaggare is linked to this number for the staff login (staff_personal_number), not for the portal
        var handlaggare = admin().user("handlaggare");

        var idToken = payload(loginWithBankId("198203142388", "Anna", "Lindqvist").get("id_token"));

        assertThat(idToken.get("sub")).isNotEqualTo(handlaggare.path("id").asString());
        assertThat(idToken.get("preferred_username")).isNotEqualTo("handlaggare");
        assertThat(stringList(idToken.get("roles"))).containsExactly("client");
        assertThat(admin().user("handlaggare").path("attributes").has("personal_number")).isFalse();
    }

    /** A BankID login at the portal up to Keycloak's answer to {@code finish}, which is a page when it is refused. */
    private static BankIdPage finishedPortalLogin(String personalNumber, String givenName, String surname)
            throws Exception {
        try (var browser = browser()) {
            var page = browser.openPortalLogin();
            var order = simulator().pendingOrderWithQrToken(page.qrToken());
            simulator().scan(page.currentQrData());
            simulator().approve(order.path("orderRef").asString(), personalNumber, givenName, surname);
            page.pollUntil(answer -> answer.path("status").asString().equals("complete"), Duration.ofSeconds(5));
            return page.submit("finish");
        }
    }

    /** A whole BankID login in a fresh browser; returns the token response. */
    private static Map<String, Object> loginWithBankId(String personalNumber, String givenName, String surname)
            throws Exception {
        try (var browser = browser()) {
            var page = browser.openPortalLogin();
            var order = simulator().pendingOrderWithQrToken(page.qrToken());
            simulator().scan(page.currentQrData());
            simulator().approve(order.path("orderRef").asString(), personalNumber, givenName, surname);
            return page.finishAndRedeem();
        }
    }

    private static KeycloakBrowser browser() {
        return new KeycloakBrowser(oidc(), APP_URL);
    }

    private static SimulatorTester simulator() {
        return SimulatorTester.of(simulator);
    }

    private static KeycloakAdmin admin() throws Exception {
        return KeycloakAdmin.of(keycloak);
    }

    private static OidcTokens oidc() {
        return new OidcTokens(keycloak.issuerUri(REALM));
    }
}
