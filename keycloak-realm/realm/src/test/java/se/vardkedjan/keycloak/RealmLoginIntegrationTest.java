package se.vardkedjan.keycloak;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import se.vardkedjan.keycloak.OidcTokens.Pkce;
import se.vardkedjan.platform.devstack.KeycloakServer;
import se.vardkedjan.platform.devstack.PostgresServer;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static se.vardkedjan.keycloak.KeycloakHttpSession.form;
import static se.vardkedjan.keycloak.KeycloakHttpSession.formAction;
import static se.vardkedjan.keycloak.KeycloakHttpSession.get;
import static se.vardkedjan.keycloak.KeycloakHttpSession.loginFormAction;
import static se.vardkedjan.keycloak.OidcTokens.payload;
import static se.vardkedjan.keycloak.OidcTokens.randomToken;
import static se.vardkedjan.keycloak.OidcTokens.stringList;

/**
 * Logs in against a real Keycloak server (PostgreSQL-backed) that imported vardkedjan-realm.json, with the same
 * authorization-code + PKCE flow Spring Security's OAuth2 client uses, and checks the claims the application relies on.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RealmLoginIntegrationTest {

    private static final String REALM = "vardkedjan";
    private static final String APP_URL = "http://localhost:18080";
    private static final String STAFF_REDIRECT = APP_URL + "/login/oauth2/code/staff";
    private static final String PORTAL_REDIRECT = APP_URL + "/login/oauth2/code/portal";

    @TempDir
    static Path temporary;

    private static PostgresServer postgres;
    private static KeycloakServer keycloak;
    private static KeycloakServer.Settings settings;
    private static String caseworkerSubject;

    @BeforeAll
    static void startServers() throws IOException {
        postgres = PostgresServer.start(temporary.resolve("postgres"), 0);
        // the portal's flow needs the BankID authenticator (among the providers); BankID itself is not configured
        // here (see PortalBankIdLoginIntegrationTest for logins against the BankID simulator)
        settings = KeycloakTestStack.keycloakSettings(postgres, APP_URL, "keycloak-first-start.log", Map.of());
        keycloak = KeycloakServer.start(settings);
    }

    @AfterAll
    static void stopServers() {
        if (keycloak != null) {
            keycloak.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    @Order(1)
    void caseworkerGetsRolesAndUnitInTokensAndUserinfo() throws Exception {
        var tokens = login("vardkedjan-staff", "vardkedjan-staff-dev-secret", STAFF_REDIRECT, "handlaggare", "demo");

        var idToken = payload(tokens.get("id_token"));
        assertThat(stringList(idToken.get("roles"))).contains("caseworker").doesNotContain("unit_manager");
        assertThat(stringList(idToken.get("units"))).containsExactly("nord-beroende");
        assertThat(idToken).doesNotContainKey("provider_organisations");
        assertThat(idToken).containsEntry("preferred_username", "handlaggare")
                .containsEntry("given_name", "Anna")
                .containsEntry("family_name", "Lindqvist")
                .containsEntry("name", "Anna Lindqvist")
                .containsEntry("locale", "sv")
                .containsEntry("email", "anna.lindqvist@demo.vardkedjan.se")
                .containsEntry("iss", keycloak.issuerUri(REALM));
        caseworkerSubject = (String) idToken.get("sub");

        var accessToken = payload(tokens.get("access_token"));
        assertThat(stringList(accessToken.get("roles"))).contains("caseworker");
        assertThat(stringList(accessToken.get("units"))).containsExactly("nord-beroende");

        var userinfo = oidc().userinfo((String) tokens.get("access_token"));
        assertThat(stringList(userinfo.get("roles"))).contains("caseworker");
        assertThat(stringList(userinfo.get("units"))).containsExactly("nord-beroende");
        assertThat(userinfo).containsEntry("locale", "sv").containsEntry("name", "Anna Lindqvist");
    }

    @Test
    @Order(2)
    void providerStaffGetsProviderOrganisation() throws Exception {
        var tokens = login("vardkedjan-staff", "vardkedjan-staff-dev-secret", STAFF_REDIRECT, "utforare", "demo");

        var idToken = payload(tokens.get("id_token"));
        assertThat(stringList(idToken.get("roles"))).contains("provider_staff");
        assertThat(stringList(idToken.get("provider_organisations"))).containsExactly("solgarden-hvb");
        assertThat(idToken).doesNotContainKey("units").containsEntry("name", "Maria Sjöberg");
    }

    @Test
    @Order(3)
    void unitManagerHasBothRolesAndThePortalOffersOnlyBankId() throws Exception {
        var manager = payload(login("vardkedjan-staff", "vardkedjan-staff-dev-secret", STAFF_REDIRECT,
                "enhetschef", "demo").get("id_token"));
        assertThat(stringList(manager.get("roles"))).contains("unit_manager", "caseworker");
        assertThat(stringList(manager.get("units"))).containsExactly("nord-beroende");

        // The portal client's browser flow is bankid-browser: no password form, even for the demo user klient.
        try (var http = new KeycloakHttpSession()) {
            var page = http.send(get(oidc().authorizationUri("vardkedjan-portal", PORTAL_REDIRECT, Pkce.create(), "s")));
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("id=\"vk-bankid\"").doesNotContain("kc-form-login")
                    .doesNotContain("type=\"password\"");
            var submitted = http.submitLogin(formAction(page.body(), "vk-bankid-form"), "klient", "demo");
            assertThat(submitted.statusCode()).as("a password is no way into the portal").isEqualTo(200);
            assertThat(submitted.body()).contains("id=\"vk-bankid\"");
        }
    }

    @Test
    @Order(4)
    void redirectUrisOutsideTheConfiguredAppUrlAreRefused() throws Exception {
        try (var http = new KeycloakHttpSession()) {
            for (var redirect : List.of("http://evil.example/login/oauth2/code/staff",
                    // the realm file's default for the placeholder: proves VARDKEDJAN_APP_URL was substituted
                    "http://localhost:8080/login/oauth2/code/staff",
                    PORTAL_REDIRECT)) {
                var response = http.send(get(oidc().authorizationUri("vardkedjan-staff", redirect, Pkce.create(), "s")));
                assertThat(response.statusCode()).as(redirect).isEqualTo(400);
                assertThat(response.headers().firstValue("Location")).as(redirect).isEmpty();
                assertThat(response.body()).as(redirect).doesNotContain("kc-form-login");
            }
        }
    }

    @Test
    @Order(5)
    void authorizationRequestsWithoutPkceAreRefused() throws Exception {
        try (var http = new KeycloakHttpSession()) {
            var uri = URI.create(keycloak.issuerUri(REALM) + "/protocol/openid-connect/auth?" + form(Map.of(
                    "response_type", "code", "client_id", "vardkedjan-staff", "redirect_uri", STAFF_REDIRECT,
                    "scope", "openid", "state", "s")));
            var response = http.send(get(uri));
            assertThat(response.statusCode()).isEqualTo(302);
            assertThat(response.headers().firstValue("Location").orElseThrow())
                    .startsWith(STAFF_REDIRECT).contains("error=invalid_request").doesNotContain("code=");
        }
    }

    @Test
    @Order(6)
    void aRestartOnTheSameDatabaseKeepsTheRealm() throws Exception {
        keycloak.close();
        var restartLog = settings.logFile().resolveSibling("keycloak-restart.log");
        keycloak = KeycloakServer.start(settings.withLogFile(restartLog));

        var log = Files.readString(restartLog);
        assertThat(log).contains("Realm 'vardkedjan' already exists. Import skipped");
        assertThat(log).doesNotContain("Realm 'vardkedjan' imported");

        var idToken = payload(login("vardkedjan-staff", "vardkedjan-staff-dev-secret", STAFF_REDIRECT,
                "handlaggare", "demo").get("id_token"));
        assertThat(idToken.get("sub")).as("same user, not a re-imported one").isEqualTo(caseworkerSubject);
        assertThat(stringList(idToken.get("units"))).containsExactly("nord-beroende");
    }

    /** The authorization-code flow with PKCE, as a browser and Spring Security would run it. */
    private static Map<String, Object> login(String clientId, String secret, String redirectUri, String username,
                                             String password) throws Exception {
        var oidc = oidc();
        var pkce = Pkce.create();
        var state = randomToken();
        try (var http = new KeycloakHttpSession()) {
            var loginPage = http.send(get(oidc.authorizationUri(clientId, redirectUri, pkce, state)));
            assertThat(loginPage.statusCode()).as("login page").isEqualTo(200);

            var submitted = http.submitLogin(loginFormAction(loginPage.body()), username, password);
            assertThat(submitted.statusCode()).as("login of %s: %s", username, submitted.body()).isEqualTo(302);
            return oidc.redeem(http, submitted, clientId, secret, redirectUri, pkce, state);
        }
    }

    private static OidcTokens oidc() {
        return new OidcTokens(keycloak.issuerUri(REALM));
    }
}
