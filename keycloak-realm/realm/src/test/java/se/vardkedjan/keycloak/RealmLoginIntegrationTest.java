package se.vardkedjan.keycloak;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.vardkedjan.keycloak.OidcTokens.Pkce;
import se.vardkedjan.platform.devstack.KeycloakServer;
import se.vardkedjan.platform.devstack.PostgresServer;
import se.vardkedjan.platform.devstack.otp.FreshOtpCodes;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static se.vardkedjan.keycloak.KeycloakHttpSession.form;
import static se.vardkedjan.keycloak.KeycloakHttpSession.formAction;
import static se.vardkedjan.keycloak.KeycloakHttpSession.get;
import static se.vardkedjan.keycloak.KeycloakHttpSession.loginFormAction;
import static se.vardkedjan.keycloak.OidcTokens.payload;
import static se.vardkedjan.keycloak.OidcTokens.stringList;

/**
 * Logs in against a real Keycloak server (PostgreSQL-backed) that imported vardkedjan-realm.json, with the same
 * authorization-code + PKCE flow Spring Security's OAuth2 client uses, and checks the claims the application relies on.
 */
class RealmLoginIntegrationTest {

    private static final String REALM = "vardkedjan";
    private static final String APP_URL = "http://localhost:18080";
    private static final String STAFF_REDIRECT = APP_URL + "/login/oauth2/code/staff";
    private static final String PORTAL_REDIRECT = APP_URL + "/login/oauth2/code/portal";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    static Path temporary;

    private static PostgresServer postgres;
    private static KeycloakServer keycloak;
    private static KeycloakServer.Settings settings;
    private static DemoStaff staff;

    @BeforeAll
    static void startServers() throws IOException {
        postgres = PostgresServer.start(temporary.resolve("postgres"), 0);
        // the portal's flow needs the BankID authenticator (among the providers); BankID itself is not configured
        // here (see PortalBankIdLoginIntegrationTest for logins against the BankID simulator)
        settings = KeycloakTestStack.keycloakSettings(postgres, APP_URL, "keycloak-first-start.log", Map.of());
        keycloak = KeycloakServer.start(settings);
        staff = new DemoStaff();
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
    void caseworkerGetsRolesAndUnitInTokensAndUserinfo() throws Exception {
        var tokens = login("handlaggare");

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

        var accessToken = payload(tokens.get("access_token"));
        assertThat(stringList(accessToken.get("roles"))).contains("caseworker");
        assertThat(stringList(accessToken.get("units"))).containsExactly("nord-beroende");

        var userinfo = oidc().userinfo((String) tokens.get("access_token"));
        assertThat(stringList(userinfo.get("roles"))).contains("caseworker");
        assertThat(stringList(userinfo.get("units"))).containsExactly("nord-beroende");
        assertThat(userinfo).containsEntry("locale", "sv").containsEntry("name", "Anna Lindqvist");
    }

    @Test
    void providerStaffGetsProviderOrganisation() throws Exception {
        var tokens = login("utforare");

        var idToken = payload(tokens.get("id_token"));
        assertThat(stringList(idToken.get("roles"))).contains("provider_staff");
        assertThat(stringList(idToken.get("provider_organisations"))).containsExactly("solgarden-hvb");
        assertThat(idToken).doesNotContainKey("units").containsEntry("name", "Maria Sjöberg");
    }

    @Test
    void theSecondDemoProvidersStaffGetOnlyTheirOwnOrganisation() throws Exception {
        var tokens = login("utforare.nyktervag");

        var idToken = payload(tokens.get("id_token"));
        assertThat(stringList(idToken.get("roles"))).contains("provider_staff");
        assertThat(stringList(idToken.get("provider_organisations"))).containsExactly("nykter-vag-oppenvard");
        assertThat(idToken).doesNotContainKey("units").containsEntry("name", "Jonas Ek");
    }

    @Test
    void unitManagerHasBothRolesAndThePortalOffersOnlyBankId() throws Exception {
        var manager = payload(login("enhetschef").get("id_token"));
        assertThat(stringList(manager.get("roles"))).contains("unit_manager", "caseworker");
        assertThat(stringList(manager.get("units"))).containsExactly("nord-beroende");

        // The portal client's browser flow is bankid-browser: no password form, even for the demo user klient.
        try (var http = new KeycloakHttpSession()) {
            var page = http.send(get(oidc().authorizationUri("vardkedjan-portal", PORTAL_REDIRECT, Pkce.create(), "s")));
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("id=\"vk-bankid\"").doesNotContain("kc-form-login")
                    .doesNotContain("type=\"password\"");
            var submitted = http.submitLogin(formAction(page.body(), "vk-bankid-form"), "klient",
                    DemoStaff.PASSWORD);
            assertThat(submitted.statusCode()).as("a password is no way into the portal").isEqualTo(200);
            assertThat(submitted.body()).contains("id=\"vk-bankid\"");
        }
    }

    @Test
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
    void aPasswordAloneDoesNotCompleteTheStaffLogin() throws Exception {
        try (var http = browser()) {
            var login = http.openStaffLogin();

            var afterPassword = http.submitLogin(loginFormAction(login.html()), "handlaggare", DemoStaff.PASSWORD);

            assertThat(afterPassword.statusCode()).as("no redirect to the app with a code").isEqualTo(200);
            assertThat(afterPassword.headers().firstValue("Location")).isEmpty();
            assertThat(afterPassword.body()).contains("id=\"kc-otp-login-form\"", "Engångskod")
                    .doesNotContain("try-another-way");
            // starting over does not skip the code either: the session is not logged in
            var again = http.send(get(oidc().authorizationUri("vardkedjan-staff", STAFF_REDIRECT, Pkce.create(), "s")));
            assertThat(again.statusCode()).isEqualTo(200);
            assertThat(again.body()).contains("id=\"kc-form-login\"");
        }
    }

    @Test
    void aWrongOneTimeCodeIsRefusedAndTheRightOneCompletesTheLogin() throws Exception {
        try (var http = browser()) {
            var login = http.openStaffLogin();
            var codePage = http.submitLogin(loginFormAction(login.html()), "handlaggare.syd", DemoStaff.PASSWORD);

            var refused = DemoStaff.submitCode(http, codePage.body(), staff.wrongCode("handlaggare.syd"));

            assertThat(refused.statusCode()).isEqualTo(200);
            assertThat(refused.body()).contains("Autentiseringskoden är ogiltig.", "id=\"kc-otp-login-form\"");
            var completed = DemoStaff.submitCode(http, refused.body(), staff.code("handlaggare.syd"));
            assertThat(completed.statusCode()).isEqualTo(302);
            var idToken = payload(redeem(http, login, completed).get("id_token"));
            assertThat(idToken).containsEntry("preferred_username", "handlaggare.syd");
        }
    }

    @Test
    void aCodeIsValidOneTimeStepEitherSideButNoLongerAndOnlyOnce() throws Exception {
        var account = DemoStaff.account("analytiker");
        if (account.remaining(Instant.now()).compareTo(FreshOtpCodes.SAFETY_MARGIN) < 0) {
            Thread.sleep(account.remaining(Instant.now()).toMillis() + 100);
        }
        var step = account.timeStep(Instant.now());
        try (var http = browser()) {
            var login = http.openStaffLogin();
            var codePage = http.submitLogin(loginFormAction(login.html()), "analytiker", DemoStaff.PASSWORD);

            var tooOld = DemoStaff.submitCode(http, codePage.body(), account.codeOfTimeStep(step - 2));
            assertThat(tooOld.body()).as("a code of a minute ago").contains("Autentiseringskoden är ogiltig.");
            var previous = DemoStaff.submitCode(http, tooOld.body(), account.codeOfTimeStep(step - 1));
            assertThat(previous.statusCode()).as("the code of the step before, for a clock a little behind")
                    .isEqualTo(302);
        }
        try (var http = browser()) {
            var codePage = http.submitLogin(loginFormAction(http.openStaffLogin().html()), "analytiker",
                    DemoStaff.PASSWORD);
            var reused = DemoStaff.submitCode(http, codePage.body(), account.codeOfTimeStep(step - 1));
            assertThat(reused.statusCode()).as("a code that was used once").isEqualTo(200);
            assertThat(reused.body()).contains("Autentiseringskoden är ogiltig.");
        }
    }

    @Test
    void thePasswordPolicyRefusesShortPasswordsTheUsernameAndTheEmailAndRemembersOldOnes() throws Exception {
        var admin = KeycloakAdmin.of(keycloak);
        var id = admin.createUser(Map.of("username", "policy.prov", "email", "provkonto@demo.vardkedjan.se",
                "firstName", "Policy", "lastName", "Prov", "enabled", true));

        assertThat(admin.resetPassword(id, "kort-lösen").body()).contains("invalidPasswordMinLengthMessage");
        assertThat(admin.resetPassword(id, "x".repeat(129)).body()).contains("invalidPasswordMaxLengthMessage");
        assertThat(admin.resetPassword(id, "mitt-policy.prov-2026").body())
                .contains("invalidPasswordNotContainsUsernameMessage");
        assertThat(admin.resetPassword(id, "provkonto@demo.vardkedjan.se").body())
                .contains("invalidPasswordNotEmailMessage");
        // NIST SP 800-63B: length, not composition rules; a passphrase of plain words is fine
        assertThat(admin.resetPassword(id, "korv med bröd i regnet").statusCode()).isEqualTo(204);
        assertThat(admin.resetPassword(id, "en helt annan fras").statusCode()).isEqualTo(204);
        assertThat(admin.resetPassword(id, "korv med bröd i regnet").body()).contains("invalidPasswordHistoryMessage");
    }

    @Test
    void aNewStaffMemberWithoutASecondFactorSetsUpAnAuthenticatorAtTheFirstLogin() throws Exception {
        var admin = KeycloakAdmin.of(keycloak);
        var member = NewStaffMember.create(admin, "ny.handlaggare", "Nora", "Ny", "caseworker");

        try (var http = browser()) {
            var idToken = payload(member.firstLogin(http).get("id_token"));
            assertThat(idToken).containsEntry("preferred_username", "ny.handlaggare");
        }
        var credentials = admin.get("/users/" + member.id() + "/credentials");
        assertThat(credentials).contains("\"type\":\"otp\"", "Testappen");
    }

    @Test
    void staffCannotChangeTheirNameEmailOrUsernameThroughTheAccountApi() throws Exception {
        // an account as an administrator creates it, with the default roles that open the account console
        var member = NewStaffMember.create(KeycloakAdmin.of(keycloak), "karin.konto", "Karin", "Konto", "caseworker");
        Map<String, Object> tokens;
        try (var http = browser()) {
            tokens = member.firstLogin(http);
        }
        var account = AccountApi.of(keycloak.issuerUri(REALM), (String) tokens.get("access_token"));

        var profile = OidcTokens.json(account.profile().body());
        assertThat(profile).containsEntry("firstName", "Karin").containsEntry("lastName", "Konto");
        for (var change : List.of(Map.of("firstName", "Mallory"), Map.of("lastName", "Mallory"),
                Map.of("email", "mallory@example.com"), Map.of("username", "mallory"))) {
            var changed = new HashMap<>(profile);
            changed.putAll(change);
            var answer = account.update(JSON.writeValueAsString(changed));
            assertThat(answer.statusCode()).as("%s: %s", change, answer.body()).isEqualTo(400);
            assertThat(answer.body()).contains("error-user-attribute-read-only");
        }

        var stored = KeycloakAdmin.of(keycloak).user("karin.konto");
        assertThat(stored.path("firstName").asString()).isEqualTo("Karin");
        assertThat(stored.path("lastName").asString()).isEqualTo("Konto");
        assertThat(stored.path("email").asString()).isEqualTo("karin@demo.vardkedjan.se");
        var metadata = account.profileWithMetadata().body();
        assertThat(metadata).contains("\"name\":\"firstName\"").contains("\"readOnly\":true")
                .doesNotContain("staff_personal_number");
    }

    @Test
    void aPasswordGrantWithoutTheOneTimeCodeGetsNoToken() throws Exception {
        var token = URI.create(keycloak.issuerUri(REALM) + "/protocol/openid-connect/token");
        try (var http = HttpClient.newHttpClient()) {
            var withoutCode = http.send(HttpRequest.newBuilder(token)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("grant_type", "password",
                            "client_id", "admin-cli", "username", "utforare", "password", DemoStaff.PASSWORD))))
                    .build(), HttpResponse.BodyHandlers.ofString());

            assertThat(withoutCode.statusCode()).as(withoutCode.body()).isIn(400, 401);
            assertThat(withoutCode.body()).contains("invalid_grant").doesNotContain("access_token");
        }
    }

    /**
     * The demo providers' own systems (ADR 0025): each gets an access token with its client's credentials alone, and
     * the token carries the provider-system role and exactly its own provider organisation, hard-coded on the client,
     * never anything of a person.
     */
    @Test
    void eachProviderSystemGetsATokenForItsOwnOrganisationWithItsClientCredentials() throws Exception {
        for (var code : List.of("solgarden-hvb", "nykter-vag-oppenvard")) {
            var response = tokenRequest("provider-" + code, "provider-" + code + "-dev-secret",
                    Map.of("grant_type", "client_credentials"));

            assertThat(response.statusCode()).as("%s: %s", code, response.body()).isEqualTo(200);
            var tokens = OidcTokens.json(response.body());
            assertThat(tokens).as(code).containsKey("access_token").doesNotContainKey("refresh_token")
                    .doesNotContainKey("id_token");
            var access = payload(tokens.get("access_token"));
            assertThat(stringList(access.get("roles"))).as(code).containsExactly("provider_system");
            assertThat(stringList(access.get("provider_organisations"))).as(code).containsExactly(code);
            assertThat(access).as(code).doesNotContainKey("units").doesNotContainKey("email")
                    .containsEntry("azp", "provider-" + code).containsEntry("typ", "Bearer")
                    .containsEntry("iss", keycloak.issuerUri(REALM)).containsKey("sub");
        }
    }

    @Test
    void aProviderSystemClientGetsNoTokenWithAWrongSecretOrThroughAnyOtherGrant() throws Exception {
        var client = "provider-solgarden-hvb";
        var secret = client + "-dev-secret";

        var wrongSecret = tokenRequest(client, "provider-nykter-vag-oppenvard-dev-secret",
                Map.of("grant_type", "client_credentials"));
        assertThat(wrongSecret.statusCode()).as(wrongSecret.body()).isEqualTo(401);
        // Keycloak answers a wrong secret with the error code unauthorized_client and says why in the description
        assertThat(wrongSecret.body()).contains("Invalid client credentials").doesNotContain("access_token");

        var password = tokenRequest(client, secret, Map.of("grant_type", "password", "username", "utforare",
                "password", DemoStaff.PASSWORD));
        assertThat(password.statusCode()).as(password.body()).isIn(400, 401);
        assertThat(password.body()).as("the client is known, the grant refused").contains("unauthorized_client")
                .doesNotContain("Invalid client credentials").doesNotContain("access_token");

        var device = tokenRequest(client, secret, Map.of(), "/protocol/openid-connect/auth/device");
        assertThat(device.statusCode()).as(device.body()).isIn(400, 401);
        assertThat(device.body()).doesNotContain("device_code");

        try (var http = new KeycloakHttpSession()) {
            var browserLogin = http.send(get(oidc().authorizationUri(client, APP_URL + "/", Pkce.create(), "s")));
            assertThat(browserLogin.statusCode()).as(browserLogin.body()).isIn(302, 400);
            assertThat(browserLogin.body()).doesNotContain("kc-form-login");
            assertThat(browserLogin.headers().firstValue("Location").orElse("")).doesNotContain("code=");
        }
    }

    @Test
    void aRestartOnTheSameDatabaseKeepsTheRealm() throws Exception {
        var subjectBefore = payload(login("handlaggare").get("id_token")).get("sub");
        keycloak.close();
        var restartLog = settings.logFile().resolveSibling("keycloak-restart.log");
        keycloak = KeycloakServer.start(settings.withLogFile(restartLog));

        var log = Files.readString(restartLog);
        assertThat(log).contains("Realm 'vardkedjan' already exists. Import skipped");
        assertThat(log).doesNotContain("Realm 'vardkedjan' imported");

        var idToken = payload(login("handlaggare").get("id_token"));
        assertThat(idToken.get("sub")).as("same user, not a re-imported one").isEqualTo(subjectBefore);
        assertThat(stringList(idToken.get("units"))).containsExactly("nord-beroende");
    }

    private static HttpResponse<String> tokenRequest(String clientId, String secret, Map<String, String> parameters)
            throws Exception {
        return tokenRequest(clientId, secret, parameters, "/protocol/openid-connect/token");
    }

    /** A POST with the client's credentials (HTTP Basic) to one of the realm's OIDC endpoints. */
    private static HttpResponse<String> tokenRequest(String clientId, String secret, Map<String, String> parameters,
                                                     String endpoint) throws Exception {
        try (var http = HttpClient.newHttpClient()) {
            return http.send(HttpRequest.newBuilder(URI.create(keycloak.issuerUri(REALM) + endpoint))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                            (clientId + ":" + secret).getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                    .POST(HttpRequest.BodyPublishers.ofString(form(parameters)))
                    .build(), HttpResponse.BodyHandlers.ofString());
        }
    }

    /** The staff login through the staff client, as a browser and Spring Security would run it; the token response. */
    private static Map<String, Object> login(String username) throws Exception {
        try (var http = browser()) {
            var login = http.openStaffLogin();
            var completed = staff.logIn(http, login.html(), username);
            assertThat(completed.statusCode()).as("login of %s: %s", username, completed.body()).isEqualTo(302);
            return redeem(http, login, completed);
        }
    }

    private static Map<String, Object> redeem(KeycloakBrowser http, KeycloakBrowser.Login login,
                                              HttpResponse<String> redirect) throws Exception {
        var client = login.client();
        return oidc().redeem(http, redirect, client.clientId(), client.secret(), client.redirectUri(), login.pkce(),
                login.state());
    }

    private static KeycloakBrowser browser() {
        return new KeycloakBrowser(oidc(), APP_URL);
    }

    private static OidcTokens oidc() {
        return new OidcTokens(keycloak.issuerUri(REALM));
    }
}
