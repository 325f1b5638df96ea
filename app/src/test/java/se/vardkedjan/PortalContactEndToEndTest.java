package se.vardkedjan;

import com.microsoft.playwright.Locator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.vardkedjan.casehandling.CaseMessages;
import se.vardkedjan.casehandling.Workday;
import se.vardkedjan.casehandling.readmodel.CaseWorkItem;
import se.vardkedjan.casehandling.readmodel.MessageThread;

import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person with no case and not in the register logs in to the portal through the BankID simulator on a 320 px wide
 * screen, follows the start page's link to "Ansök om hjälp" and applies with the keyboard; the intake unit's
 * caseworker finds the new application among the start page's work. The client then writes a message to the
 * caseworker and marks information as read. The three pages have no serious or critical axe violations and no
 * horizontal scroll (ADR 0028, slice 2).
 */
class PortalContactEndToEndTest extends EndToEndTest {

    private static final String UNIT = "nord-beroende";

    @Autowired
    JdbcClient jdbc;
    @Autowired
    Workday workday;
    @Autowired
    CaseMessages caseMessages;

    @Test
    void aPersonWithoutACaseAppliesForHelpWritesAMessageAndMarksInformationReadWithTheKeyboard() throws Exception {
        ensureDemoUnitNord(jdbc);
        var number = KaribuVaadin.personalNumber();
        page.setViewportSize(320, 800);

        page.navigate(EndToEndStack.appUrl() + "/portal");
        var order = scanWithBankId(page.locator("#vk-bankid-qr").getAttribute("data-qr"));
        approveWithBankId(order, number, "Sara", "Sökande");
        waitForTheApp();
        assertThat(page.locator("#portal-no-case")).containsText("Du har inget ärende hos oss");

        tabTo(page.locator("#portal-no-case-apply"));
        page.keyboard().press("Enter");
        page.waitForURL(Pattern.compile(".*/portal/ansok$"));
        assertThat(page.locator("#portal-apply-emergency")).containsText("Ring 112 vid akut fara");
        EndToEndStack.assertAccessible(page);
        assertNoHorizontalScroll();

        tabTo(page.locator("#portal-apply-text"));
        page.keyboard().type("Jag dricker varje dag och vill ha hjälp att sluta.");
        tabTo(page.locator("#portal-apply-phone"));
        page.keyboard().type("070-123 45 67");
        tabTo(page.locator("#portal-apply-send"));
        page.keyboard().press("Enter");
        assertThat(page.locator("#portal-apply-received-heading")).containsText("Vi tog emot din ansökan den");
        assertThat(page.locator("#portal-apply-earlier")).containsText("Jag dricker varje dag");
        EndToEndStack.assertAccessible(page);
        assertNoHorizontalScroll();
        EndToEndStack.screenshot(page, "portal-apply-320");

        var applications = asCaseworker("handlaggare", UNIT, () -> workday.workItems().stream()
                .filter(item -> item.kind() == CaseWorkItem.Kind.PORTAL_APPLICATION).toList());
        assertThat(applications).as("the intake unit's caseworker sees the new application")
                .anyMatch(item -> "Sara Sökande".equals(item.personName()));
        var caseId = applications.stream().filter(item -> "Sara Sökande".equals(item.personName())).findFirst()
                .orElseThrow().caseId();

        page.navigate(EndToEndStack.appUrl() + "/portal/meddelanden");
        assertThat(page.locator("#portal-messages-none")).hasText("Du har inga meddelanden än.");
        EndToEndStack.assertAccessible(page);
        tabTo(page.locator("#portal-message-text"));
        page.keyboard().type("Jag kan bara träffas på förmiddagar.");
        tabTo(page.locator("#portal-message-send"));
        page.keyboard().press("Enter");
        assertThat(page.locator("#portal-messages-sent")).containsText("Ditt meddelande är skickat.");
        assertThat(page.locator("#portal-messages-thread")).containsText("Jag kan bara träffas på förmiddagar.");
        EndToEndStack.assertAccessible(page);
        assertNoHorizontalScroll();
        EndToEndStack.screenshot(page, "portal-messages-320");
        MessageThread seen = asCaseworker("handlaggare", UNIT, () -> caseMessages.thread(caseId));
        assertThat(seen.messages()).singleElement().satisfies(message ->
                assertThat(message.text()).isEqualTo("Jag kan bara träffas på förmiddagar."));

        page.navigate(EndToEndStack.appUrl() + "/portal/information");
        assertThat(page.locator("#portal-information-right-to-sip")).containsText("samordnad individuell plan");
        EndToEndStack.assertAccessible(page);
        tabTo(page.locator("#portal-information-right-to-sip-mark"));
        page.keyboard().press("Enter");
        assertThat(page.locator("#portal-information-right-to-sip-read")).containsText("Du läste detta den");
        EndToEndStack.assertAccessible(page);
        assertNoHorizontalScroll();
        EndToEndStack.screenshot(page, "portal-information-320");
    }

    /** The page's main content is no wider than the screen: nothing to scroll sideways. */
    private void assertNoHorizontalScroll() {
        var overflow = (Number) page.evaluate("() => Math.max(document.documentElement.scrollWidth, "
                + "document.getElementById('vk-main').scrollWidth) - document.documentElement.clientWidth");
        assertThat(overflow.intValue()).as("pixels to scroll sideways at 320 px").isLessThanOrEqualTo(0);
    }

    /** Presses Tab until the element has the focus (it must be reachable in the page's tab order). */
    private void tabTo(Locator element) {
        page.locator("body").focus();
        for (var presses = 0; presses < 120; presses++) {
            page.keyboard().press("Tab");
            if ((Boolean) element.evaluate("e => e === document.activeElement || e.contains(document.activeElement)"
                    + " || (document.activeElement && e.shadowRoot && e.shadowRoot.contains(document.activeElement))"
                    + " || (document.activeElement && document.activeElement.closest && "
                    + "document.activeElement.closest('#' + e.id) === e)")) {
                return;
            }
        }
        throw new AssertionError("Not reached by Tab within 120 presses: " + element);
    }
}
