package se.vardkedjan;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
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
import java.util.Map;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

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
        browser = EndToEndStack.browser().newContext(new Browser.NewContextOptions().setLocale("sv-SE"));
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
}
