package se.vardkedjan;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A client logs in to the portal with BankID, in a real Chromium, through Keycloak's BankID page; the BankID simulator
 * plays the phone app (the test "scans" the QR code the page shows and approves, as a person would in the simulator).
 */
class PortalBankIdEndToEndTest extends EndToEndTest {

    @Test
    void aClientLogsInWithBankIdAndTheQrCodeChangesWhileWaiting() throws Exception {
        page.navigate(EndToEndStack.appUrl() + "/portal");

        var qr = page.locator("#vk-bankid-qr");
        assertThat(qr).isVisible();
        assertThat(page).hasURL(Pattern.compile(".*client_id=vardkedjan-portal.*|.*/login-actions/.*"));
        var first = qr.getAttribute("data-qr");
        assertThat(first).matches("bankid\\.[0-9a-f-]{36}\\.\\d+\\.[0-9a-f]{64}");
        page.waitForCondition(() -> !first.equals(qr.getAttribute("data-qr")),
                new Page.WaitForConditionOptions().setTimeout(5_000));
        assertThat(page.locator("#username")).hasCount(0);
        EndToEndStack.assertAccessible(page);
        EndToEndStack.screenshot(page, "portal-bankid");

        var order = scanWithBankId(qr.getAttribute("data-qr"));
        approveWithBankId(order, "198112289874", "Sara", "Nilsson");

        waitForTheApp();
        assertThat(page.locator("#portal-welcome")).hasText("Välkommen, Sara Nilsson");
        EndToEndStack.assertAccessible(page);
        EndToEndStack.screenshot(page, "portal-start");
    }

    @Test
    void aCancelledLoginSaysSoInSwedishAndANewTryWorks() throws Exception {
        page.navigate(EndToEndStack.appUrl() + "/portal");
        var order = scanWithBankId(page.locator("#vk-bankid-qr").getAttribute("data-qr"));

        bankIdTester("/api/orders/" + order + "/cancel", Map.of());

        assertThat(page.locator("#vk-bankid-alert-text")).hasText("Åtgärden avbruten.");
        EndToEndStack.assertAccessible(page);
        page.locator("#vk-bankid-retry").click();
        var next = page.locator("#vk-bankid-qr");
        assertThat(next).isVisible();
        var secondOrder = scanWithBankId(next.getAttribute("data-qr"));
        assertThat(secondOrder).isNotEqualTo(order);
        approveWithBankId(secondOrder, "197309069289", "Erik", "Lund");
        waitForTheApp();
        assertThat(page.locator("#portal-welcome")).hasText("Välkommen, Erik Lund");
    }

    @Test
    void anExpiredLoginSaysSoInSwedishAndOffersANewTry() throws Exception {
        page.navigate(EndToEndStack.appUrl() + "/portal");
        var order = scanWithBankId(page.locator("#vk-bankid-qr").getAttribute("data-qr"));

        bankIdTester("/api/orders/" + order + "/expire", Map.of());

        assertThat(page.locator("#vk-bankid-alert-text")).containsText("BankID-appen svarar inte.");
        assertThat(page.locator("#vk-bankid-retry")).isVisible();
        EndToEndStack.screenshot(page, "portal-bankid-expired");
    }
}
