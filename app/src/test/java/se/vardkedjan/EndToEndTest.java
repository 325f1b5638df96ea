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

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

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

    protected void logInAtKeycloak(String username, String password) {
        assertThat(page.locator("#username")).isVisible();
        EndToEndStack.screenshot(page, "keycloak-login");
        page.locator("#username").fill(username);
        page.locator("#password").fill(password);
        page.locator("#kc-login").click();
        page.waitForURL(url -> url.startsWith(EndToEndStack.appUrl()));
        page.getByRole(AriaRole.BANNER).or(page.locator("vaadin-app-layout")).first().waitFor();
    }
}
