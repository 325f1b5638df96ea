package se.vardkedjan;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Supplier;
import java.util.UUID;
import java.util.List;
import java.time.Instant;
import se.vardkedjan.sharedkernel.Roles;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.GrantedAuthority;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * What every browser test shares: the app on {@link EndToEndStack#appPort()} against the real Keycloak (one Spring
 * context for all end-to-end classes, since they inherit this configuration), and a fresh Swedish-speaking browser
 * context per test.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
abstract class EndToEndTest {

    @DynamicPropertySource
    static void stack(DynamicPropertyRegistry registry) {
        registry.add("server.port", EndToEndStack::appPort);
        registry.add("management.server.port", EndToEndStack::managementPort);
        registry.add("vardkedjan.identity.issuer-uri", () -> EndToEndStack.keycloak().issuerUri("vardkedjan"));
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    protected BrowserContext browser;
    protected Page page;

    @BeforeEach
    void openBrowser() {
        // A page shows its content once its first round trip to the server is done; on a machine shared by several
        // builds that can take longer than the assertions' default five seconds.
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
        browser = EndToEndStack.browser().newContext(new Browser.NewContextOptions().setLocale("sv-SE")
                .setTimezoneId("Europe/Stockholm"));
        page = browser.newPage();
        page.setDefaultTimeout(30_000);
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    /**
     * Logs a demo staff account in at Keycloak's login page, as a person does: the demo password, then the current
     * one-time code of the account's authenticator (computed from the realm file's demo secret).
     */
    protected void logInAtKeycloak(String username) {
        assertThat(page.locator("#username")).isVisible();
        EndToEndStack.screenshot(page, "keycloak-login");
        page.locator("#username").fill(username);
        page.locator("#password").fill(EndToEndStack.DEMO_PASSWORD);
        page.locator("#kc-login").click();
        assertThat(page.locator("#otp")).isVisible();
        EndToEndStack.screenshot(page, "keycloak-one-time-code");
        page.locator("#otp").fill(EndToEndStack.oneTimeCodes().next(username));
        page.locator("#kc-login").click();
        waitForTheApp();
    }

    /**
     * After a login: Keycloak has sent the browser back to the app, and the app's layout is there (Vaadin builds the
     * page after the document has loaded, which takes a while on a busy machine).
     */
    protected void waitForTheApp() {
        page.waitForURL(url -> url.startsWith(EndToEndStack.appUrl()));
        page.getByRole(AriaRole.BANNER).or(page.locator("vaadin-app-layout")).first().waitFor();
    }

    /** The BankID app scans the QR code the page shows now; returns the order it belongs to. */
    protected static String scanWithBankId(String qrData) throws Exception {
        var response = bankIdTester("/api/scan", Map.of("qrData", qrData));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body()).path("orderRef").asString();
    }

    /** The person approves the order in the BankID app. */
    protected static void approveWithBankId(String order, String personalNumber, String givenName, String surname)
            throws Exception {
        var response = bankIdTester("/api/orders/" + order + "/approve",
                Map.of("personalNumber", personalNumber, "givenName", givenName, "surname", surname));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(204);
    }

    /** A request to the BankID simulator's test API, which stands in for the phone app. */
    protected static HttpResponse<String> bankIdTester(String path, Map<String, String> body) throws Exception {
        var base = EndToEndStack.bankId().testerUrl().replaceAll("/+$", "");
        try (var http = HttpClient.newHttpClient()) {
            return http.send(HttpRequest.newBuilder(URI.create(base + path))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build(),
                    HttpResponse.BodyHandlers.ofString());
        }
    }

    /**
     * The demo users' unit and staff rows (nord-beroende, handlaggare, enhetschef). The organisation seed loads them
     * into an empty database; a database where some other unit was registered first would lack them, so a test that
     * works as the demo users makes sure of them here (idempotently).
     */
    protected static void ensureDemoUnitNord(org.springframework.jdbc.core.simple.JdbcClient jdbc) {
        jdbc.sql("INSERT INTO organisation.districts (code, name) VALUES ('nord', 'Nord') ON CONFLICT DO NOTHING")
                .update();
        jdbc.sql("""
                INSERT INTO organisation.units (code, district_code, name)
                VALUES ('nord-beroende', 'nord', 'Beroendeenheten Nord') ON CONFLICT DO NOTHING""").update();
        jdbc.sql("""
                INSERT INTO organisation.staff_members (username, display_name, title)
                VALUES ('handlaggare', 'Anna Lindqvist', 'Socialsekreterare'), ('enhetschef', 'Karin Berg', 'Enhetschef')
                ON CONFLICT DO NOTHING""").update();
        jdbc.sql("""
                INSERT INTO organisation.staff_units (username, unit_code)
                VALUES ('handlaggare', 'nord-beroende'), ('enhetschef', 'nord-beroende') ON CONFLICT DO NOTHING""")
                .update();
        assertThat(jdbc.sql("SELECT active FROM organisation.units WHERE code = 'nord-beroende'")
                .query(Boolean.class).single()).as("the demo unit nord-beroende is active").isTrue();
    }

    /** Waits for what an action should show; if the app refused the action instead, fails with its message. */
    protected void expect(Locator shown) {
        var problem = page.locator("#problem-message");
        shown.or(problem).first().waitFor();
        if (problem.isVisible()) {
            fail("The app refused the action: " + problem.textContent());
        }
        assertThat(shown.first()).isVisible();
    }

    /** Picks an option of a vaadin-select by its exact text, and waits for its list to close. */
    protected void choose(String selectId, String option) {
        page.locator(selectId).click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(option).setExact(true)).click();
        assertThat(page.locator(selectId)).containsText(option);
        waitForTheListToClose(selectId);
    }

    protected void choose(String selectId, Pattern option) {
        page.locator(selectId).click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(option)).click();
        assertThat(page.locator(selectId)).containsText(option);
        waitForTheListToClose(selectId);
    }

    /**
     * Waits until the select's option list is closed and no longer shown: it closes with an animation after the pick,
     * and an axe-core check that runs meanwhile would find the open list box (a flaky "aria-input-field-name").
     */
    private void waitForTheListToClose(String selectId) {
        page.waitForFunction("""
                id => { const select = document.querySelector(id);
                        const list = select && select.querySelector('vaadin-select-list-box');
                        return select && !select.hasAttribute('opened')
                            && !(list && list.checkVisibility && list.checkVisibility()); }""", selectId);
    }

    /**
     * Runs {@code work} on the test's own thread signed in as the OIDC login would sign in a caseworker of the unit,
     * so that a test makes its own records through the facades (and depends on no other test's).
     */
    protected static <T> T asCaseworker(String username, String unit, Supplier<T> work) {
        var token = new OidcIdToken("token", Instant.now(), Instant.now().plusSeconds(300), Map.of(
                "sub", "e2e-" + UUID.randomUUID(), "preferred_username", username, "name", username));
        var authorities = List.<GrantedAuthority>of(new SimpleGrantedAuthority("ROLE_" + Roles.CASEWORKER),
                new SimpleGrantedAuthority("UNIT_" + unit));
        SecurityContextHolder.getContext().setAuthentication(new OAuth2AuthenticationToken(
                new DefaultOidcUser(authorities, token), authorities, "staff"));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** Types a date into a date picker (the Swedish format is ISO) and commits it. */
    protected void date(String pickerId, LocalDate value) {
        var input = page.locator(pickerId + " input");
        input.fill(value.toString());
        input.press("Enter");
        assertThat(input).hasValue(value.toString());
    }
}
