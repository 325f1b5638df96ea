package se.vardkedjan;

import com.microsoft.playwright.Locator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.vardkedjan.casehandling.Journal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.UUID;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A client logs in to the portal through the BankID simulator on a 320 px wide screen, opens "Mina beslut" from the
 * menu with the keyboard, reads the decision and downloads its PDF; a link to a decision that is not theirs shows none;
 * then in "Min journal" reads the entries released to them (the unreleased one nowhere) and adds a view to an entry
 * with the keyboard. Both pages have no serious or critical axe violations and no horizontal scroll; the caseworker
 * then sees the view on the entry, marked as the client's (ADR 0028, issue 12 slice 2).
 */
class PortalDecisionsAndJournalEndToEndTest extends EndToEndTest {

    private static final String UNIT = "nord-beroende";

    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Journal journal;

    @Test
    void aClientReadsAndDownloadsTheirDecisionReadsTheirJournalAndAddsAViewWithTheKeyboard() throws Exception {
        ensureDemoUnitNord(jdbc);
        var number = KaribuVaadin.personalNumber();
        var own = asCaseworker("handlaggare", UNIT, () -> OwnDecisionsAndJournalFixture.create(context, number,
                "Klara", "Journalsson", UNIT, "handlaggare"));
        page.setViewportSize(320, 800);

        page.navigate(EndToEndStack.appUrl() + "/portal");
        var order = scanWithBankId(page.locator("#vk-bankid-qr").getAttribute("data-qr"));
        approveWithBankId(order, number, "Klara", "Journalsson");
        waitForTheApp();
        assertThat(page.locator("#portal-welcome")).hasText("Välkommen, Klara Journalsson");

        // "Mina beslut" from the menu, by keyboard.
        tabTo(page.locator("vaadin-drawer-toggle"));
        page.keyboard().press("Enter");
        var decisionsItem = page.locator("vaadin-side-nav-item")
                .filter(new Locator.FilterOptions().setHasText("Mina beslut"));
        tabTo(decisionsItem);
        page.keyboard().press("Enter");
        page.waitForURL(Pattern.compile(".*/portal/beslut$"));

        var card = page.locator("#portal-decision-" + own.decision());
        assertThat(card).containsText("Kontaktperson: du får det inte");
        assertThat(card).containsText("Beslutet fattades av Anna Lindqvist");
        assertThat(card).containsText("Hur du överklagar");
        EndToEndStack.assertAccessible(page);
        assertNoHorizontalScroll();
        EndToEndStack.screenshot(page, "portal-decisions-320");

        var link = page.locator("#portal-decision-download-" + own.decision());
        var href = (String) link.evaluate("a => a.href");
        var pdf = page.request().get(href);
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.headers().get("content-type")).startsWith("application/pdf");
        var body = pdf.body();
        assertThat(body.length).as("a whole decision document").isGreaterThan(1_000);
        assertThat(new String(Arrays.copyOf(body, 5), StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

        page.navigate(EndToEndStack.appUrl() + "/portal/beslut/" + UUID.randomUUID());
        assertThat(page.locator("#portal-decision-not-found")).containsText("Vi hittar inget sådant beslut");

        page.navigate(EndToEndStack.appUrl() + "/portal/journal");
        var entry = page.locator("#portal-journal-entry-" + own.corrected());
        assertThat(entry).containsText("Klienten var trött efter nattarbete.");
        assertThat(entry).containsText("Anteckningen är rättad");
        assertThat(page.locator("#portal-journal-entries")).containsText("Vi gick igenom veckan.");
        assertThat(page.locator("#vk-main")).not().containsText(OwnDecisionsAndJournalFixture.UNRELEASED_TEXT);
        EndToEndStack.assertAccessible(page);
        assertNoHorizontalScroll();
        EndToEndStack.screenshot(page, "portal-journal-320");

        entry.locator("vaadin-text-area.vk-portal-view textarea").fill("Jag var inte trött, jag var ledsen.");
        tabTo(entry.locator("vaadin-button.vk-portal-view-send"));
        page.keyboard().press("Enter");
        assertThat(page.locator("#portal-journal-entry-" + own.corrected()))
                .containsText("Jag var inte trött, jag var ledsen.");
        EndToEndStack.assertAccessible(page);
        assertNoHorizontalScroll();

        var seen = asCaseworker("handlaggare", UNIT, () -> journal.entry(own.corrected()).objections());
        assertThat(seen).singleElement().satisfies(view -> {
            assertThat(view.writtenByClient()).as("marked as written by the client in the e-service").isTrue();
            assertThat(view.text()).isEqualTo("Jag var inte trött, jag var ledsen.");
        });
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
            if ((Boolean) element.evaluate("e => e === document.activeElement || e.contains(document.activeElement)")) {
                return;
            }
        }
        throw new AssertionError("Not reached by Tab within 120 presses: " + element);
    }
}
