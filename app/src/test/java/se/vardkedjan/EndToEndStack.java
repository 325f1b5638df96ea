package se.vardkedjan;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.springframework.boot.SpringApplication;
import se.vardkedjan.platform.devstack.KeycloakServer;
import se.vardkedjan.platform.devstack.bankid.BankIdSimulator;
import se.vardkedjan.platform.devstack.otp.DemoOtpAccounts;
import se.vardkedjan.platform.devstack.otp.FreshOtpCodes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real parts the end-to-end tests run against, started once per test JVM: PostgreSQL (from {@link TestPostgres}),
 * the BankID simulator, a Keycloak server with our BankID extension and the demo realm in its own database, and
 * Debian's Chromium driven by Playwright. The app itself is started by {@link EndToEndTest} on {@link #appPort()}.
 */
public final class EndToEndStack {

    /** The demo accounts' password in the realm file (development only). */
    public static final String DEMO_PASSWORD = "demo-vardkedjan";

    private static final int APP_PORT = freePort();
    private static final int MANAGEMENT_PORT = freePort();
    private static FreshOtpCodes oneTimeCodes;
    private static KeycloakServer keycloak;
    private static BankIdSimulator bankId;
    private static Playwright playwright;
    private static Browser browser;

    private EndToEndStack() {
    }

    public static int appPort() {
        return APP_PORT;
    }

    public static String appUrl() {
        return "http://localhost:" + APP_PORT;
    }

    /** The app's health and metrics (ADR 0032). */
    public static int managementPort() {
        return MANAGEMENT_PORT;
    }

    public static synchronized BankIdSimulator bankId() {
        if (bankId == null) {
            bankId = BankIdSimulator.start(BankIdSimulator.Settings.of(Path.of("target/e2e-bankid").toAbsolutePath(), 0, 0));
            SpringApplication.getShutdownHandlers().add(bankId::close);
        }
        return bankId;
    }

    public static synchronized KeycloakServer keycloak() {
        if (keycloak == null) {
            var simulator = bankId();
            var prefix = "KC_SPI_AUTHENTICATOR__VARDKEDJAN_BANKID__";
            var postgres = TestPostgres.server();
            postgres.ensureDatabase("keycloak_e2e", "keycloak", "keycloak");
            var logs = Path.of("target/e2e-logs").toAbsolutePath();
            try {
                Files.createDirectories(logs);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            keycloak = KeycloakServer.start(new KeycloakServer.Settings(
                    Path.of(System.getProperty("vardkedjan.keycloak.dist")),
                    Path.of(System.getProperty("vardkedjan.keycloak.install-root")),
                    Path.of(System.getProperty("vardkedjan.realm.file")),
                    postgres.jdbcUrl("keycloak_e2e"), "keycloak", "keycloak",
                    freePort(), freePort(),
                    Map.of("VARDKEDJAN_APP_URL", appUrl()),
                    logs.resolve("keycloak.log"),
                    List.of(Path.of(System.getProperty("vardkedjan.bankid.authenticator"))),
                    Map.of(prefix + "SERVICE_URL", simulator.rpBaseUrl(),
                            prefix + "KEY_STORE", simulator.rpClientKeyStore().toString(),
                            prefix + "KEY_STORE_PASSWORD", simulator.rpClientKeyStorePassword(),
                            prefix + "TRUST_ANCHOR", simulator.caCertificate().toString())));
            // After the app's contexts, before the database it uses (handlers run the last added first).
            SpringApplication.getShutdownHandlers().add(keycloak::close);
        }
        return keycloak;
    }

    /**
     * The demo accounts' one-time codes, from the TOTP secrets in the realm file, never the same code twice (Keycloak
     * accepts each once); one for the one Keycloak of the test JVM.
     */
    public static synchronized FreshOtpCodes oneTimeCodes() {
        if (oneTimeCodes == null) {
            var realmFile = Path.of(System.getProperty("vardkedjan.realm.file"));
            oneTimeCodes = FreshOtpCodes.of(DemoOtpAccounts.fromRealmFile(realmFile));
        }
        return oneTimeCodes;
    }

    public static synchronized Browser browser() {
        if (browser == null) {
            playwright = Playwright.create(new Playwright.CreateOptions()
                    .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
            browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(Path.of(System.getProperty("vardkedjan.chromium", "/usr/bin/chromium")))
                    .setHeadless(true)
                    .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                            "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic")));
            SpringApplication.getShutdownHandlers().add(() -> {
                browser.close();
                playwright.close();
            });
        }
        return browser;
    }

    /**
     * Waits (up to five seconds) until no notification is fading in or out: axe-core measures the colours of what is
     * on screen, and a half-transparent card in its animation has a contrast no user reads it at.
     */
    private static void settleNotifications(Page page) {
        // Vaadin marks a card "opening" or "closing" for as long as its animation runs; Playwright's CSS selectors
        // reach into the shadow trees the cards live in, which document.querySelectorAll does not.
        var moving = page.locator("vaadin-notification-card[opening], vaadin-notification-card[closing]");
        try {
            moving.first().waitFor(new com.microsoft.playwright.Locator.WaitForOptions()
                    .setState(com.microsoft.playwright.options.WaitForSelectorState.DETACHED).setTimeout(5_000));
        } catch (com.microsoft.playwright.TimeoutError stillMoving) {
            // Cards coming and going all the time: check the page as it is.
        }
    }

    /**
     * Fails with the list of violations when the page breaks a WCAG 2.1 A or AA rule that axe-core checks. One finding
     * inside a Vaadin component is not ours to fix and is left out: see {@link #vaadinTabsScroller}.
     */
    public static void assertAccessible(Page page) {
        settleNotifications(page);
        var results = new AxeBuilder(page)
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .analyze();
        var violations = results.getViolations().stream()
                .filter(rule -> !rule.getNodes().stream().allMatch(node -> vaadinTabsScroller(rule, node)))
                .toList();
        assertThat(violations)
                .as("axe-core violations on %s: %s", page.url(), violations.stream()
                        .map(rule -> rule.getId() + " (" + rule.getNodes().size() + "): " + rule.getHelp() + " at "
                                + rule.getNodes().stream().map(node -> node.getTarget() + " " + node.getFailureSummary())
                                .toList())
                        .toList())
                .isEmpty();
    }

    /**
     * axe-core 4.11 reports {@code aria-required-children} on every {@code <vaadin-tabs>} (also the one inside
     * {@code <vaadin-tabsheet>}): the component's own shadow DOM puts its scroll container, {@code <div id="scroll"
     * tabindex="-1">}, between the tablist and its tabs. The tabs themselves are correct (role tab, roving tabindex,
     * arrow keys), and the page cannot change the component's shadow DOM, so this one node pattern is not counted.
     */
    private static boolean vaadinTabsScroller(Rule rule, CheckedNode node) {
        return rule.getId().equals("aria-required-children") && node.getHtml().startsWith("<vaadin-tabs")
                && node.getFailureSummary() != null
                && node.getFailureSummary().strip().endsWith("children which are not allowed: div[tabindex]");
    }

    /** Keeps a picture of the page in target/e2e-screenshots, for people reviewing a run and for the user guide. */
    public static void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                .setPath(Path.of("target/e2e-screenshots", name + ".png")));
    }

    /** Like {@link #screenshot}, but only what is in view: for long pages, scrolled to the part worth showing. */
    public static void screenshotOfView(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setFullPage(false)
                .setPath(Path.of("target/e2e-screenshots", name + ".png")));
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
