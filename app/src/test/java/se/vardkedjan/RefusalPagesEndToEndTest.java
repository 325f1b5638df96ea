package se.vardkedjan;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A page the signed-in user may not open answers HTTP 403 on the document request itself (not 200 with a refusal
 * drawn afterwards), inside the user's own shell with its header, menu and logout; a page that does not exist answers
 * 404 the same way. Each refusal of a view is recorded as a security event.
 */
class RefusalPagesEndToEndTest extends EndToEndTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void anAnalystOpeningTheCaseListGets403AndTheRefusalInTheStaffShell() {
        page.navigate(EndToEndStack.appUrl() + "/");
        logInAtKeycloak("analytiker");
        var before = viewRefusals("analytiker", "arenden");

        var response = page.navigate(EndToEndStack.appUrl() + "/arenden");

        assertThat(response.status()).isEqualTo(403);
        assertThat(page.locator("#access-denied")).hasText("Du har inte behörighet till sidan");
        assertThat(page.locator(".vk-staff-shell #vk-logout")).isVisible();
        assertThat(page.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("Start"))).isVisible();
        assertThat(page.locator("#case-list-empty")).hasCount(0);
        EndToEndStack.assertAccessible(page);
        EndToEndStack.screenshot(page, "staff-access-denied");
        assertThat(viewRefusals("analytiker", "arenden")).as("the view refusal is recorded once").isEqualTo(before + 1);
    }

    @Test
    void aClientOpeningAStaffPathGets403InThePortalShell() throws Exception {
        page.navigate(EndToEndStack.appUrl() + "/portal");
        var order = scanWithBankId(page.locator("#vk-bankid-qr").getAttribute("data-qr"));
        approveWithBankId(order, "198112289874", "Sara", "Nilsson");
        page.locator("#portal-welcome").waitFor();

        var response = page.navigate(EndToEndStack.appUrl() + "/atkomstlogg");

        assertThat(response.status()).isEqualTo(403);
        assertThat(page.locator("#access-denied")).hasText("Du har inte behörighet till sidan");
        assertThat(page.locator(".vk-portal-shell #vk-logout")).isVisible();
        assertThat(page.locator(".vk-staff-shell")).hasCount(0);
        EndToEndStack.assertAccessible(page);
    }

    @Test
    void aPageThatDoesNotExistGets404WithTheShell() {
        page.navigate(EndToEndStack.appUrl() + "/");
        logInAtKeycloak("handlaggare");

        var response = page.navigate(EndToEndStack.appUrl() + "/arenden-som-inte-finns");

        assertThat(response.status()).isEqualTo(404);
        assertThat(page.locator("#not-found")).hasText("Sidan finns inte");
        assertThat(page.locator(".vk-staff-shell #vk-logout")).isVisible();
        assertThat(page.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("Ärenden"))).isVisible();
        EndToEndStack.assertAccessible(page);
        EndToEndStack.screenshot(page, "staff-not-found");
    }

    private int viewRefusals(String username, String path) {
        return jdbc.sql("SELECT count(*) FROM accesslog.security_events WHERE actor_username = ? "
                        + "AND attempt = 'VIEW' AND operation = ? AND reason = 'ROLE'")
                .params(username, path).query(Integer.class).single();
    }
}
