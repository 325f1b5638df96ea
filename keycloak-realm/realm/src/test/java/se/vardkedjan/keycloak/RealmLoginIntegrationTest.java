package se.vardkedjan.keycloak;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import se.vardkedjan.platform.devstack.KeycloakServer;
import se.vardkedjan.platform.devstack.PostgresServer;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.CookieHandler;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

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
    private static final Pattern LOGIN_FORM = Pattern.compile("<form[^>]*\\bid=\"kc-form-login\"[^>]*>", Pattern.DOTALL);
    private static final Pattern ACTION = Pattern.compile("\\baction=\"([^\"]+)\"");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final SecureRandom RANDOM = new SecureRandom();

    @TempDir
    static Path temporary;

    private static PostgresServer postgres;
    private static KeycloakServer keycloak;
    private static KeycloakServer.Settings settings;
    private static String caseworkerSubject;

    @BeforeAll
    static void startServers() throws IOException {
        postgres = PostgresServer.start(temporary.resolve("postgres"), 0);
        postgres.ensureDatabase("keycloak", "keycloak", "keycloak");
        settings = new KeycloakServer.Settings(
                Path.of(property("vardkedjan.keycloak.distribution")),
                Path.of(property("vardkedjan.keycloak.install-root")),
                Path.of(property("vardkedjan.keycloak.realm-file")),
                postgres.jdbcUrl("keycloak"), "keycloak", "keycloak",
                freePort(), freePort(),
                Map.of("VARDKEDJAN_APP_URL", APP_URL),
                Path.of(property("vardkedjan.keycloak.log-directory"), "keycloak-first-start.log"),
                // the portal's flow needs the BankID authenticator; BankID itself is not configured here (see
                // PortalBankIdLoginIntegrationTest for logins against the BankID simulator)
                List.of(Path.of(property("vardkedjan.keycloak.providers"))), Map.of());
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

        var userinfo = userinfo((String) tokens.get("access_token"));
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
        try (var http = browser()) {
            var page = http.send(get(authorizationUri("vardkedjan-portal", PORTAL_REDIRECT, Pkce.create(), "s")),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("id=\"vk-bankid\"").doesNotContain("kc-form-login")
                    .doesNotContain("type=\"password\"");
            var action = ACTION.matcher(page.body().substring(page.body().indexOf("id=\"vk-bankid-form\"")));
            assertThat(action.find()).isTrue();
            var submitted = http.send(HttpRequest.newBuilder(URI.create(action.group(1).replace("&amp;", "&")))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(form(Map.of(
                                    "username", "klient", "password", "demo", "credentialId", ""))))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(submitted.statusCode()).as("a password is no way into the portal").isEqualTo(200);
            assertThat(submitted.body()).contains("id=\"vk-bankid\"");
        }
    }

    @Test
    @Order(4)
    void redirectUrisOutsideTheConfiguredAppUrlAreRefused() throws Exception {
        try (var http = browser()) {
            for (var redirect : List.of("http://evil.example/login/oauth2/code/staff",
                    // the realm file's default for the placeholder: proves VARDKEDJAN_APP_URL was substituted
                    "http://localhost:8080/login/oauth2/code/staff",
                    PORTAL_REDIRECT)) {
                var response = http.send(get(authorizationUri("vardkedjan-staff", redirect, Pkce.create(), "s")),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(response.statusCode()).as(redirect).isEqualTo(400);
                assertThat(response.headers().firstValue("Location")).as(redirect).isEmpty();
                assertThat(response.body()).as(redirect).doesNotContain("kc-form-login");
            }
        }
    }

    @Test
    @Order(5)
    void authorizationRequestsWithoutPkceAreRefused() throws Exception {
        try (var http = browser()) {
            var uri = URI.create(keycloak.issuerUri(REALM) + "/protocol/openid-connect/auth?" + form(Map.of(
                    "response_type", "code", "client_id", "vardkedjan-staff", "redirect_uri", STAFF_REDIRECT,
                    "scope", "openid", "state", "s")));
            var response = http.send(get(uri), HttpResponse.BodyHandlers.ofString());
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
        var pkce = Pkce.create();
        var state = randomToken();
        try (var http = browser()) {
            var loginPage = http.send(get(authorizationUri(clientId, redirectUri, pkce, state)),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(loginPage.statusCode()).as("login page").isEqualTo(200);
            var action = loginFormAction(loginPage.body());

            var submitted = http.send(HttpRequest.newBuilder(URI.create(action))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(form(Map.of(
                                    "username", username, "password", password, "credentialId", ""))))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(submitted.statusCode()).as("login of %s: %s", username, submitted.body()).isEqualTo(302);
            var location = URI.create(submitted.headers().firstValue("Location").orElseThrow());
            assertThat(location.toString()).startsWith(redirectUri + "?");
            var parameters = query(location);
            assertThat(parameters).containsEntry("state", state).containsKey("code");

            var tokenResponse = http.send(HttpRequest.newBuilder(
                                    URI.create(keycloak.issuerUri(REALM) + "/protocol/openid-connect/token"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                                    (clientId + ":" + secret).getBytes(StandardCharsets.UTF_8)))
                            .POST(HttpRequest.BodyPublishers.ofString(form(Map.of(
                                    "grant_type", "authorization_code",
                                    "code", parameters.get("code"),
                                    "redirect_uri", redirectUri,
                                    "code_verifier", pkce.verifier()))))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(tokenResponse.statusCode()).as("token response %s", tokenResponse.body()).isEqualTo(200);
            return json(tokenResponse.body());
        }
    }

    private static Map<String, Object> userinfo(String accessToken) throws Exception {
        try (var http = browser()) {
            var response = http.send(HttpRequest.newBuilder(
                            URI.create(keycloak.issuerUri(REALM) + "/protocol/openid-connect/userinfo"))
                    .header("Authorization", "Bearer " + accessToken).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as("userinfo %s", response.body()).isEqualTo(200);
            return json(response.body());
        }
    }

    private static URI authorizationUri(String clientId, String redirectUri, Pkce pkce, String state) {
        return URI.create(keycloak.issuerUri(REALM) + "/protocol/openid-connect/auth?" + form(Map.of(
                "response_type", "code",
                "client_id", clientId,
                "redirect_uri", redirectUri,
                "scope", "openid profile email",
                "state", state,
                "nonce", randomToken(),
                "code_challenge", pkce.challenge(),
                "code_challenge_method", "S256")));
    }

    private static String loginFormAction(String html) {
        var form = LOGIN_FORM.matcher(html);
        assertThat(form.find()).as("Keycloak's login form in:\n%s", html).isTrue();
        var action = ACTION.matcher(form.group());
        assertThat(action.find()).as("action of %s", form.group()).isTrue();
        return action.group(1).replace("&amp;", "&");
    }

    private static HttpClient browser() {
        return HttpClient.newBuilder()
                .cookieHandler(new CookieJar())
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    private static HttpRequest get(URI uri) {
        return HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).GET().build();
    }

    private static Map<String, Object> payload(Object jwt) {
        var parts = ((String) jwt).split("\\.");
        assertThat(parts).hasSize(3);
        return json(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> json(String text) {
        return JSON.readValue(text, Map.class);
    }

    @SuppressWarnings("unchecked")
    private static List<String> stringList(Object claim) {
        assertThat(claim).isInstanceOf(List.class);
        return (List<String>) claim;
    }

    private static String form(Map<String, String> values) {
        return values.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static Map<String, String> query(URI uri) {
        var result = new LinkedHashMap<String, String>();
        for (var pair : uri.getRawQuery().split("&")) {
            var at = pair.indexOf('=');
            result.put(URLDecoder.decode(pair.substring(0, at), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(at + 1), StandardCharsets.UTF_8));
        }
        return result;
    }

    private static String randomToken() {
        var bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String property(String name) {
        var value = System.getProperty(name);
        assertThat(value).as("system property %s (set by failsafe)", name).isNotBlank();
        return value;
    }

    /**
     * Keycloak marks its cookies {@code Secure}; browsers send those to http://localhost, java.net.CookieManager does
     * not. One host, so names and values are all we keep.
     */
    private static final class CookieJar extends CookieHandler {
        private final Map<String, String> cookies = new LinkedHashMap<>();

        @Override
        public synchronized Map<String, List<String>> get(URI uri, Map<String, List<String>> requestHeaders) {
            if (cookies.isEmpty()) {
                return Map.of();
            }
            return Map.of("Cookie", List.of(cookies.entrySet().stream()
                    .map(cookie -> cookie.getKey() + "=" + cookie.getValue())
                    .collect(Collectors.joining("; "))));
        }

        @Override
        public synchronized void put(URI uri, Map<String, List<String>> responseHeaders) {
            responseHeaders.forEach((header, values) -> {
                if (header != null && header.equalsIgnoreCase("Set-Cookie")) {
                    for (var value : values) {
                        var nameValue = value.split(";", 2)[0];
                        var at = nameValue.indexOf('=');
                        var name = nameValue.substring(0, at).trim();
                        if (value.toLowerCase(Locale.ROOT).contains("max-age=0")) {
                            cookies.remove(name);
                        } else {
                            cookies.put(name, nameValue.substring(at + 1).trim());
                        }
                    }
                }
            });
        }
    }

    private record Pkce(String verifier, String challenge) {
        static Pkce create() {
            var verifier = randomToken();
            try {
                var digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
                return new Pkce(verifier, Base64.getUrlEncoder().withoutPadding().encodeToString(digest));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
