package se.vardkedjan;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.vardkedjan.casehandling.CaseHandling;
import se.vardkedjan.casehandling.IntakeKind;
import se.vardkedjan.casehandling.PersonRegister;
import se.vardkedjan.casehandling.ProtectionLevel;
import se.vardkedjan.casehandling.RegisterIntake;
import se.vardkedjan.casehandling.RegisterPerson;
import se.vardkedjan.sharedkernel.UnitCode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Login, access and logout in a real Chromium, through the real Keycloak login page, against the running app.
 */
class StaffLoginEndToEndTest extends EndToEndTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    PersonRegister register;
    @Autowired
    CaseHandling caseHandling;

    @Test
    void aCaseworkerLogsInThroughKeycloakAndReachesTheStaffStartPage() {
        // The caseworker's own case, made here: the list shows it whatever other tests made.
        ensureDemoUnitNord(jdbc);
        var family = "Inloggad" + java.util.UUID.randomUUID().toString().substring(0, 6);
        asCaseworker("handlaggare", "nord-beroende", () -> caseHandling.registerIntake(new RegisterIntake(
                register.register(new RegisterPerson(KaribuVaadin.personalNumber(), null, null, "Lo", family, null,
                        null, null, null, null, ProtectionLevel.NONE)), new UnitCode("nord-beroende"),
                IntakeKind.APPLICATION, java.time.LocalDate.now(), "Ansöker om stöd.", null, null, null, false, null,
                true)));
        page.navigate(EndToEndStack.appUrl() + "/");
        logInAtKeycloak("handlaggare");

        assertThat(page.locator("#staff-start-heading")).hasText("Välkommen, Anna Lindqvist");
        assertThat(page.locator("#vk-user-name")).hasText("Anna Lindqvist");
        assertThat(page.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("Ärenden"))).isVisible();
        EndToEndStack.assertAccessible(page);
        EndToEndStack.screenshot(page, "staff-start");

        page.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("Ärenden")).click();
        assertThat(page.locator("#case-list-heading")).isVisible();
        assertThat(page.locator("#case-list")).containsText(family);
        EndToEndStack.assertAccessible(page);
    }

    @Test
    void aCaseworkerLinkedToBankIdChoosesBankIdAsTheOtherWayAndReachesTheStaffStartPage() throws Exception {
        page.navigate(EndToEndStack.appUrl() + "/");
        assertThat(page.locator("#username")).isVisible();

        page.locator("#try-another-way").click();
        assertThat(page.getByText("Välj inloggningssätt")).isVisible();
        EndToEndStack.screenshot(page, "keycloak-choose-login-method");
        page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("BankID").setExact(true)).click();
        var qr = page.locator("#vk-bankid-qr");
        assertThat(qr).isVisible();
        assertThat(page.locator("#vk-bankid-other-way")).containsText("Försök med annat sätt");
        EndToEndStack.assertAccessible(page);
        EndToEndStack.screenshot(page, "staff-bankid");

        // the demo realm links handlaggare to the simulator's test person Anna Lindqvist
        approveWithBankId(scanWithBankId(qr.getAttribute("data-qr")), "198203142388", "Anna", "Lindqvist");
        waitForTheApp();

        assertThat(page.locator("#staff-start-heading")).hasText("Välkommen, Anna Lindqvist");
        assertThat(page.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("Ärenden"))).isVisible();
    }

    @Test
    void fromTheBankIdPageTheOtherWayLeadsBackToPasswordAndCodeAndEndsTheOrder() throws Exception {
        page.navigate(EndToEndStack.appUrl() + "/");
        page.locator("#try-another-way").click();
        page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("BankID").setExact(true)).click();
        var qr = page.locator("#vk-bankid-qr");
        var first = qr.getAttribute("data-qr");
        // the page has polled Keycloak (each poll spends the page's action code) before the person changes their mind
        page.waitForCondition(() -> !first.equals(qr.getAttribute("data-qr")),
                new Page.WaitForConditionOptions().setTimeout(5_000));
        var qrStartToken = first.split("\\.")[1];

        page.locator("#try-another-way").click();
        assertThat(page.getByText("Välj inloggningssätt")).isVisible();
        assertThat(page.locator("body")).not().containsText("gått ut");
        page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Användarnamn och lösenord")).click();
        logInAtKeycloak("handlaggare");

        assertThat(page.locator("#staff-start-heading")).hasText("Välkommen, Anna Lindqvist");
        var pending = EndToEndStack.bankId().testerUrl().replaceAll("/+$", "") + "/api/orders";
        try (var http = HttpClient.newHttpClient()) {
            var orders = http.send(HttpRequest.newBuilder(URI.create(pending)).GET().build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            assertThat(orders).as("the BankID order was cancelled when the page was left").doesNotContain(qrStartToken);
        }
    }

    @Test
    void anAnonymousVisitorToAStaffPathIsSentToTheStaffLogin() {
        page.navigate(EndToEndStack.appUrl() + "/arenden");

        assertThat(page).hasURL(Pattern.compile(".*/realms/vardkedjan/protocol/openid-connect/auth\\?.*client_id=vardkedjan-staff.*"));
        assertThat(page.locator("#username")).isVisible();
    }

    @Test
    void anAnonymousVisitorToThePortalIsSentToTheBankIdLoginNotAPasswordForm() {
        page.navigate(EndToEndStack.appUrl() + "/portal");

        assertThat(page).hasURL(Pattern.compile(".*/realms/vardkedjan/.*"));
        assertThat(page.locator("#vk-bankid-qr")).isVisible();
        assertThat(page.locator("#username")).hasCount(0);
        assertThat(page.locator("#password")).hasCount(0);
    }

    @Test
    void aProviderUserLandsInTheProviderShellAndCannotOpenAStaffOnlyView() {
        page.navigate(EndToEndStack.appUrl() + "/");
        logInAtKeycloak("utforare");

        assertThat(page.locator("#provider-start-heading")).hasText("Uppdrag");
        // The same "Att göra" list as the staff start page (ADR 0022), whatever other tests have sent to the
        // organisation meanwhile (ProviderChainEndToEndTest checks its items); the organisation's code is not shown.
        assertThat(page.locator("#work-items-heading")).isVisible();
        assertThat(page.getByText("solgarden-hvb", new Page.GetByTextOptions().setExact(false))).hasCount(0);
        EndToEndStack.assertAccessible(page);
        EndToEndStack.screenshot(page, "provider-start");

        // The first navigation runs on the server with the document request, so the refusal is its status too.
        var response = page.navigate(EndToEndStack.appUrl() + "/arenden");
        assertThat(response.status()).isEqualTo(403);
        assertThat(page.locator("#access-denied")).hasText("Du har inte behörighet till sidan");
        assertThat(page.locator(".vk-provider-shell #vk-logout")).isVisible();
        assertThat(page.locator("#case-list-empty")).hasCount(0);
        EndToEndStack.assertAccessible(page);
        EndToEndStack.screenshot(page, "provider-access-denied");
    }

    @Test
    void logoutEndsTheSessionInTheAppAndInKeycloak() {
        page.navigate(EndToEndStack.appUrl() + "/");
        logInAtKeycloak("handlaggare");
        assertThat(page.locator("#staff-start-heading")).isVisible();

        page.locator("#vk-logout").click();

        assertThat(page.locator("#logged-out")).hasText("Du är utloggad");
        EndToEndStack.assertAccessible(page);
        // The app's session is gone and so is Keycloak's: the login form is shown again, not the start page.
        page.navigate(EndToEndStack.appUrl() + "/arenden");
        assertThat(page.locator("#username")).isVisible();
        assertThat(page).hasURL(Pattern.compile(".*/realms/vardkedjan/protocol/openid-connect/auth\\?.*"));
    }

    @Test
    void aLogoutInKeycloakEndsTheAppSessionThroughBackChannelLogout() throws Exception {
        page.navigate(EndToEndStack.appUrl() + "/");
        logInAtKeycloak("handlaggare");
        assertThat(page.locator("#staff-start-heading")).isVisible();

        logOutInKeycloak("handlaggare");

        page.navigate(EndToEndStack.appUrl() + "/arenden");
        assertThat(page.locator("#username")).isVisible();
        assertThat(page.locator("#case-list-empty")).hasCount(0);
    }

    @Test
    void theBackChannelLogoutEndpointRefusesAForgedLogoutToken() throws Exception {
        var request = HttpRequest.newBuilder(URI.create(EndToEndStack.appUrl() + "/logout/connect/back-channel/staff"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("logout_token=eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0."))
                .build();
        assertThat(HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).statusCode())
                .isEqualTo(400);
    }

    /** Ends the user's Keycloak sessions as an administrator would, through Keycloak's admin REST API. */
    private static void logOutInKeycloak(String username) throws Exception {
        var http = HttpClient.newHttpClient();
        var base = EndToEndStack.keycloak().baseUrl();
        var json = JsonMapper.builder().build();
        var tokenResponse = http.send(HttpRequest.newBuilder(URI.create(base + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=password&client_id=admin-cli&username=admin&password=admin"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(tokenResponse.statusCode()).isEqualTo(200);
        var adminToken = json.readTree(tokenResponse.body()).path("access_token").asString();
        var users = http.send(HttpRequest.newBuilder(URI.create(base + "/admin/realms/vardkedjan/users?exact=true&username="
                        + URLEncoder.encode(username, StandardCharsets.UTF_8)))
                .header("Authorization", "Bearer " + adminToken).GET().build(), HttpResponse.BodyHandlers.ofString());
        var userId = json.readTree(users.body()).path(0).path("id").asString();
        var logout = http.send(HttpRequest.newBuilder(URI.create(base + "/admin/realms/vardkedjan/users/" + userId + "/logout"))
                .header("Authorization", "Bearer " + adminToken)
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(logout.statusCode()).isEqualTo(204);
    }
}
