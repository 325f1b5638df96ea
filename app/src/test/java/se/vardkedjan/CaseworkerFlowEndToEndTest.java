package se.vardkedjan;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.file.Files;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 4's "Done when", in a real Chromium through the real Keycloak login: the demo caseworker takes a new client
 * from application to a decided intervention with a plan, writes and corrects a journal entry and creates a SIP with a
 * region participant; the unit manager then finds every one of those reads and changes in the access log. Every page
 * is checked with axe-core, and the pictures of the user guide are taken on the way.
 */
class CaseworkerFlowEndToEndTest extends EndToEndTest {

    @Autowired
    JdbcClient jdbc;

    private long started;

    /**
     * The demo users' unit and staff rows. The organisation seed loads them into an empty database; a database where
     * some other unit was registered first would lack them, so they are made sure of here (idempotently).
     */
    @BeforeEach
    void demoOrganisation() {
        ensureDemoUnitNord(jdbc);
        page.setViewportSize(1280, 900);
        started = System.nanoTime();
    }

    @Test
    void aCaseworkerTakesANewClientFromApplicationToAPlanAndTheUnitManagerFindsEveryStepInTheAccessLog() throws Exception {
        var number = KaribuVaadin.personalNumber();
        var formatted = number.substring(0, 8) + "-" + number.substring(8);
        var today = LocalDate.now();

        page.navigate(EndToEndStack.appUrl() + "/arenden/ny");
        logInAtKeycloak("handlaggare");

        // Intake: the number is not known, so the person is registered, then the application.
        step("Intake");
        assertThat(page.locator("#person-search-term")).isVisible();
        // The real login was announced (SignedIn) and recorded: the username is bound to its Keycloak subject.
        assertThat(jdbc.sql("SELECT count(*) FROM casehandling.accounts WHERE username = 'handlaggare' "
                + "AND 'caseworker' = ANY(roles) AND last_signed_in_at > now() - interval '5 minutes'")
                .query(Integer.class).single()).as("the account register saw the login").isEqualTo(1);
        page.locator("#person-search-term input").fill(formatted);
        page.locator("#person-search").click();
        expect(page.locator("#person-search-none"));
        assertThat(page.locator("#person-registration")).isVisible();
        // The number searched for is already in the new-person form; saving without the names marks both fields
        // and lists them in the summary at the top of the form (ADR 0019), which must be accessible too.
        assertThat(page.locator("#register-identity input")).hasValue(formatted);
        page.locator("#register-save").click();
        expect(page.locator("#register-problems"));
        assertThat(page.locator("#register-problems")).containsText("Fyll i Förnamn.");
        assertThat(page.locator("#register-given-name")).hasAttribute("invalid", "");
        checkAccessible();
        page.locator("#register-identity input").fill(number);
        page.locator("#register-given-name input").fill("Maja");
        page.locator("#register-family-name input").fill("Flodin");
        page.locator("#register-phone input").fill("070-123 45 67");
        page.locator("#register-save").click();
        expect(page.locator("#intake-person"));
        assertThat(page.locator("#intake-person")).containsText("Maja Flodin");
        assertThat(page.locator("#intake-duplicate-warning")).hasCount(0);
        page.locator("#intake-description textarea").fill(
                "Maja ansöker om stöd för att minska sitt drickande. Hon har varit sjukskriven i två månader.");
        page.locator("#intake-risks textarea").fill("Inga akuta risker framkom vid samtalet.");
        checkAccessible();
        shoot("caseworker-intake");
        page.locator("#intake-save").click();

        // The case page: preliminary assessment opening an investigation.
        step("The case page");
        expect(page.locator("#case-heading"));
        assertThat(page.locator("#case-heading")).hasText("Maja Flodin");
        assertThat(page.locator("#case-status")).containsText("Aktualiserad");
        var caseUrl = page.url();
        checkAccessible();
        page.locator("#assessment-outcome").getByRole(AriaRole.RADIO,
                new Locator.GetByRoleOptions().setName("Utredning inleds").setExact(true)).check();
        page.locator("#assessment-reasons textarea").fill(
                "Maja beskriver ett omfattande alkoholbruk som påverkar arbete och hälsa. Behovet behöver utredas.");
        date("#assessment-deadline", today.plusMonths(4));
        page.locator("#assessment-save").click();
        expect(page.locator("#case-status").filter(new Locator.FilterOptions().setHasText("Utredning pågår")));

        // The head's actions are reached by keyboard; the next step leads to the investigation's own address.
        step("The case head by keyboard");
        checkAccessible();
        page.locator("#case-heading").click();
        assertThat(tabTo("#case-next-step")).as("the next step is reached with Tab").isTrue();
        assertThat(page.locator("#case-next-step")).hasText("Slutför utredningen");
        assertThat(tabTo("#case-more")).as("Fler åtgärder is reached with Tab").isTrue();
        page.locator("#case-next-step").focus();
        page.keyboard().press("Enter");
        page.waitForURL(Pattern.compile(".*/arenden/[0-9a-f-]{36}/utredning$"));
        expect(page.locator("#investigation-section"));
        page.navigate(caseUrl);
        expect(page.locator("#case-heading"));

        // The investigation: a draft saved as the caseworker writes, completed when nothing is missing.
        step("The investigation");
        page.locator("#case-tab-InvestigationSection").click();
        expect(page.locator("#investigation-section"));
        page.waitForURL(Pattern.compile(".*/arenden/[0-9a-f-]{36}/utredning$"));
        expect(page.locator("#investigation-guide"));
        date("#investigation-started-on", today);
        expect(page.locator("#investigation-draft-saved").filter(new Locator.FilterOptions().setHasText("Utkast sparat")));
        page.locator("#investigation-subject input").fill("Ansökan om öppenvård för alkoholproblem");
        choose("#investigation-participation-mode", "Vid möte");
        page.locator("#investigation-participation-words textarea").fill(
                "Jag vill klara mig utan alkohol på vardagarna och orka gå tillbaka till jobbet.");
        // The children and relatives answers (issue 13, slice 4): asked of every client.
        page.locator("#investigation-children-answer").getByRole(AriaRole.RADIO,
                new Locator.GetByRoleOptions().setName("Nej").setExact(true)).check();
        page.locator("#investigation-relatives-answer").getByRole(AriaRole.RADIO,
                new Locator.GetByRoleOptions().setName("Klienten har inga anhöriga eller närstående").setExact(true))
                .check();
        var severities = List.of(3, 5, 7, 0, 1, 4, 5);
        var areas = List.of("physical-health", "work-and-income", "alcohol", "drugs", "legal", "family-and-social",
                "mental-health");
        for (var i = 0; i < areas.size(); i++) {
            var id = "#investigation-need-" + areas.get(i);
            page.locator(id + "-severity input").fill(String.valueOf(severities.get(i)));
            page.locator(id + "-client-rating input").fill(String.valueOf(Math.min(4, severities.get(i) / 2)));
            page.locator(id + "-client-view textarea").fill("Klientens egen beskrivning av området, del " + (i + 1) + ".");
        }
        page.locator("#investigation-assessment textarea").fill(
                "Maja har ett skadligt bruk av alkohol med stor påverkan på arbete och psykisk hälsa. "
                        + "Hon är motiverad till behandling i öppenvård.");
        page.locator("#investigation-proposal textarea").fill("Öppenvård med samtalsbehandling en gång i veckan.");
        date("#investigation-communicated-on", today);
        choose("#investigation-communication-channel", "Vid möte");
        page.locator("#investigation-client-response textarea").fill("Maja instämmer i bedömningen.");
        page.locator("#investigation-client-response textarea").blur();
        expect(page.locator("#investigation-missing").filter(
                new Locator.FilterOptions().setHasText("Allt som krävs är ifyllt.")));
        checkAccessible();
        showBottomOf("#investigation-section");
        shoot("caseworker-investigation");
        page.locator("#investigation-complete").click();
        expect(page.locator("#investigation-completed"));
        assertThat(page.locator("#investigation-completed")).containsText("Utredningen slutfördes");

        // The decision: outpatient care within the caseworker's delegation, and its PDF.
        step("The decision");
        page.locator("#case-tab-DecisionSection").click();
        expect(page.locator("#decision-item-0-type"));
        choose("#decision-item-0-type", "Öppenvård");
        page.locator("#decision-item-0-scope input").fill("Samtalsbehandling en gång i veckan");
        date("#decision-item-0-starts-on", today);
        date("#decision-item-0-planned-end", today.plusMonths(6));
        choose("#decision-item-0-legal-basis", Pattern.compile("livsföringen i övrigt"));
        choose("#decision-informed-by", "Vid möte");
        checkAccessible();
        page.locator("#decision-decide").click();
        var download = page.locator("[id^=decision-download-]");
        expect(download);
        assertThat(page.locator("#decision-list")).containsText("Beslutat");
        assertThat(page.locator("#decision-list")).containsText("Öppenvård: Beviljas");
        // Decided by the caseworker, named as the organisation register names them (not by username).
        var caseworkerName = jdbc.sql("SELECT display_name FROM organisation.staff_members WHERE username = ?")
                .param("handlaggare").query(String.class).single();
        assertThat(page.locator("#decision-list")).containsText("av " + caseworkerName);
        var pdf = page.waitForDownload(download::click);
        assertThat(Files.readAllBytes(pdf.path())).startsWith("%PDF".getBytes());
        checkAccessible();
        showTopOf("#decision-section");
        shoot("caseworker-decision");

        // The care plan: a goal in the client's words, an activity, and the client's agreement.
        step("The care plan");
        page.locator("#case-tab-CarePlanSection").click();
        expect(page.locator("#plan-create"));
        page.locator("#plan-create").click();
        expect(page.locator("#plan-goal-text"));
        page.locator("#plan-goal-text textarea").fill("Jag ska kunna gå till jobbet varje dag utan att ha druckit kvällen innan.");
        page.locator("#plan-goal-measured-by textarea").fill("Antal dagar på jobbet per vecka; Majas egen dagbok.");
        date("#plan-goal-follow-up", today.plusMonths(3));
        page.locator("#plan-goal-add").click();
        expect(page.locator("#plan-goals"));
        assertThat(page.locator("#plan-goals")).containsText("utan att ha druckit");
        page.locator("#plan-activity-what input").fill("Samtalsbehandling på Beroendemottagningen");
        choose("#plan-activity-who", "Utföraren");
        page.locator("#plan-activity-timing input").fill("Tisdagar kl. 10, från nästa vecka");
        page.locator("#plan-activity-add").click();
        expect(page.locator("#plan-activities"));
        choose("#plan-response-channel", "Vid möte");
        page.locator("#plan-agree").click();
        expect(page.locator("#plan-response"));
        assertThat(page.locator("#plan-status")).containsText("Gällande");
        checkAccessible();
        showTopOf("#care-plan");
        shoot("caseworker-plan");

        // The journal: a signed entry, corrected; the original stays readable in the history.
        step("The journal");
        page.locator("#case-tab-JournalSection").click();
        expect(page.locator("#journal-title"));
        page.locator("#journal-title input").fill("Planeringssamtal");
        page.locator("#journal-text textarea").fill("Samtal med Maja om vårdplanen. Hon kommer på tisdag.");
        page.locator("#journal-sign-new").click();
        // Signing asks first: a signed entry can never be changed.
        var confirmSigning = page.locator("[slot='confirm-button']:visible");
        expect(confirmSigning);
        assertThat(page.getByText("Signerade anteckningar kan aldrig ändras")).isVisible();
        checkAccessible();
        confirmSigning.click();
        expect(page.locator("vaadin-notification-card").filter(new Locator.FilterOptions().setHasText("Signerad")));
        expect(page.locator("#journal-entry-title-0"));
        assertThat(page.locator("#journal-entry-title-0")).hasText("Planeringssamtal");
        page.locator("#journal-entry-correct-0").click();
        page.locator("#journal-correct-text textarea").fill("Samtal med Maja om vårdplanen. Hon kommer på onsdag.");
        page.locator("#journal-correct-reason textarea").fill("Fel veckodag i den första versionen.");
        page.locator("#journal-correct-save").click();
        expect(page.locator("#journal-entry-corrected-0"));
        assertThat(page.locator("#journal-entry-corrected-0")).containsText("version 2");
        assertThat(page.locator("#journal-entry-text-0")).containsText("onsdag");
        checkAccessible();
        page.locator("#journal-entry-history-0").click();
        expect(page.locator("#journal-history-version-1"));
        assertThat(page.locator("#journal-history-version-1")).containsText("Hon kommer på tisdag.");
        assertThat(page.locator("#journal-history-version-2")).containsText("Fel veckodag");
        checkAccessible();
        shoot("caseworker-journal-correction");
        page.locator("#journal-history-dialog-close").click();
        assertThat(page.locator("#journal-history-version-1")).hasCount(0);

        // The SIP: consent, creation, and a named participant from the region.
        step("The SIP");
        page.locator("#case-tab-CoordinatedPlanSection").click();
        expect(page.locator("#sip-create"));
        choose("#sip-consent-form", "skriftligt");
        page.locator("#sip-create").click();
        expect(page.locator("#sip-details"));
        choose("#sip-participant-kind", "Regionen");
        page.locator("#sip-participant-name input").fill("Eva Ek");
        page.locator("#sip-participant-organisation input").fill("Region Exempel");
        page.locator("#sip-participant-unit input").fill("Beroendemottagningen");
        page.locator("#sip-participant-role input").fill("Läkare");
        page.locator("#sip-add-participant").click();
        expect(page.locator("#sip-participants").filter(new Locator.FilterOptions().setHasText("Eva Ek")));
        assertThat(page.locator("#sip-participants")).containsText("Region Exempel");
        assertThat(page.locator("#sip-participants")).containsText("Läkare");
        checkAccessible();
        showTopOf("#sip-section");
        shoot("caseworker-sip");

        // The case page read afresh: the timeline from intake to SIP.
        step("The case page read afresh");
        page.reload();
        expect(page.locator("#case-timeline"));
        var timeline = page.locator("#case-timeline");
        page.locator("#case-timeline-all").click();
        expect(page.locator("#case-timeline-all").filter(new Locator.FilterOptions().setHasText("Visa färre")));
        for (var step : List.of("Aktualisering", "Förhandsbedömning", "Utredning startad", "Utredning slutförd",
                "Beslut fattat", "Insats beviljad: Öppenvård", "Vårdplan fastställd", "Uppföljning av mål",
                "Journalanteckning: Planeringssamtal", "SIP upprättad")) {
            assertThat(timeline).containsText(step);
        }
        checkAccessible();
        page.evaluate("window.scrollTo(0, 0)");
        shoot("caseworker-case-page");

        // On a 1366×768 screen the tabs start on the first screen, and the head stays on top while scrolling.
        step("The case page on a small screen");
        page.setViewportSize(1366, 768);
        page.navigate(caseUrl);
        expect(page.locator("#case-tabs"));
        var tabsTop = page.locator("#case-tabs").boundingBox().y;
        assertThat(tabsTop).as("the tabs' top on a 1366×768 screen").isLessThan(768 - 48);
        page.locator("#case-tab-JournalSection").click();
        expect(page.locator("#journal-title"));
        page.mouse().move(600, 600);
        page.mouse().wheel(0, 3000);
        page.waitForTimeout(300);
        var headTop = page.locator("#case-head").boundingBox().y;
        assertThat(headTop).as("the head stays on top").isBetween(0.0, 120.0);
        assertThat(page.locator("#case-next-step")).isInViewport();
        page.setViewportSize(1280, 900);

        // The unit's case list.
        step("The unit's case list");
        page.navigate(EndToEndStack.appUrl() + "/arenden");
        page.locator("#case-list-units").click();
        expect(page.locator("#case-list").getByText("Maja Flodin"));
        assertThat(page.locator("#case-list")).containsText(formatted);
        checkAccessible();
        shoot("caseworker-case-list");

        page.locator("#vk-logout").click();
        assertThat(page.locator("#logged-out")).isVisible();

        // A caseworker of another unit tries the case's address: refused, and the attempt is recorded.
        step("Another unit's caseworker is refused");
        page.navigate(caseUrl);
        logInAtKeycloak("handlaggare.syd");
        page.navigate(caseUrl);
        expect(page.locator("#case-not-found"));
        assertThat(page.getByText("Maja Flodin")).hasCount(0);
        page.locator("#vk-logout").click();
        assertThat(page.locator("#logged-out")).isVisible();

        // The unit manager finds every step in the access log.
        step("The unit manager finds every step in the access log");
        page.navigate(EndToEndStack.appUrl() + "/atkomstlogg");
        logInAtKeycloak("enhetschef");
        page.navigate(EndToEndStack.appUrl() + "/atkomstlogg");
        expect(page.locator("#access-log-person"));
        page.locator("#access-log-person input").fill(formatted);
        page.locator("#access-log-search").click();
        var seen = accessLogCells();
        var steps = List.of(
                "Ändrade: personuppgifter", "Ändrade: aktualisering", "Läste: beslutsdokument", "Ändrade: SIP");
        assertThat(seen).as("the access log's rows for %s", formatted).containsAll(steps);
        // One line per page opened (issue 15): the case page's reads are one line, and its changes another, each
        // naming every part.
        assertThat(seen).anyMatch(cell -> cell.startsWith("Öppnade ärendet (ärende, utredning") && cell.contains("beslut")
                && cell.contains("vårdplan") && cell.contains("journal"));
        // The assessment was saved on the page as first opened; the test then opened the case's address afresh (after
        // the keyboard check), and the rest was changed on that second page opened, tab after tab: one line for it.
        assertThat(seen).anyMatch(cell -> cell.startsWith("Ändrade: ") && cell.contains("förhandsbedömning"));
        assertThat(seen).anyMatch(cell -> cell.startsWith("Ändrade: ") && cell.contains("utredning")
                && cell.contains("beslut") && cell.contains("vårdplan") && cell.contains("journalanteckning"));
        assertThat(seen).anyMatch(cell -> cell.startsWith("Läste: SIP"));
        assertThat(seen).contains("Anna Lindqvist (handlaggare)");
        // Numbers are masked on the rows; the whole number only in a row opened.
        assertThat(seen).noneMatch(cell -> cell.contains(formatted))
                .contains(number.substring(0, 8) + "-**** Maja Flodin");
        page.evaluate("document.querySelector('#access-log').scrollToIndex(0)");
        checkAccessible();
        page.setViewportSize(1600, 900);
        shoot("unit-manager-access-log");
        openShownAccessLogRow();
        expect(page.locator("#access-log-entry-number"));
        assertThat(page.locator("#access-log-entry-number").first()).hasText("Personnummer: " + formatted);
        checkAccessible();
        shoot("unit-manager-access-log-entry");
        // A retried click may have opened the entry twice: close every one.
        for (int open = page.locator("#access-log-entry-close").count(); open > 0; open--) {
            page.locator("#access-log-entry-close").first().click();
            assertThat(page.locator("#access-log-entry-close")).hasCount(open - 1);
        }

        // The refused attempt on the unit's case, in the review's second part.
        step("The unit manager finds the refused attempt");
        page.locator("#access-log-tab-refusals").click();
        page.locator("#refusals-user input").fill("handlaggare.syd");
        page.locator("#refusals-search").click();
        expect(page.locator("#refusals vaadin-grid-cell-content").getByText("Annan enhet"));
        assertThat(page.locator("#refusals")).containsText("Läsa: ärende");
        checkAccessible();
        shoot("unit-manager-refusals");
        step("done");
    }

    /**
     * Opens a row the access-log grid shows. The grid keeps rows it is not showing (hidden, possibly holding buttons
     * whose server-side components are gone), and after a resize or a scroll it re-renders its rows, replacing the
     * buttons in them: a click that lands on a button being replaced reaches no component and nothing opens. So the
     * click waits for the grid to settle, and is tried again (on the button shown then) if no entry opened.
     */
    private void openShownAccessLogRow() {
        var grid = page.locator("#access-log");
        var opened = page.locator("#access-log-entry-number").or(page.locator("#problem-message"));
        for (int attempt = 1; ; attempt++) {
            page.waitForFunction("g => !g.hasAttribute('loading') && !g.shadowRoot.querySelector('#items [loading]')",
                    grid.elementHandle());
            page.locator("#access-log .access-log-open").filter(new Locator.FilterOptions().setVisible(true)).first()
                    .click();
            try {
                opened.first().waitFor(new Locator.WaitForOptions().setTimeout(10_000));
                return;
            } catch (com.microsoft.playwright.TimeoutError notOpened) {
                if (attempt == 3) {
                    throw notOpened;
                }
            }
        }
    }

    /** Presses Tab until the element (or something inside it) has the focus; false if it is not reached. */
    private boolean tabTo(String selector) {
        for (var presses = 0; presses < 40; presses++) {
            page.keyboard().press("Tab");
            if ((Boolean) page.evaluate("s => !!document.activeElement && !!document.activeElement.closest(s)",
                    selector)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Every cell text of the access-log grid, scrolling through all its rows (the grid renders only the rows in
     * view and fetches pages lazily).
     */
    private Set<String> accessLogCells() {
        var grid = page.locator("#access-log");
        // The newest row is the manager's own reading of this person's log: the filtered rows are in.
        expect(grid.locator("vaadin-grid-cell-content").getByText("Läste: åtkomstlogg"));
        var cells = new LinkedHashSet<String>();
        // The grid learns the number of rows as it pages (no count), so the size is read again after each step.
        for (var index = 0; index < size(grid); index += 4) {
            // Scroll, then let the grid render two frames before looking at its rows.
            grid.evaluate("(g, i) => new Promise(done => { g.scrollToIndex(i); "
                    + "requestAnimationFrame(() => requestAnimationFrame(done)); })", index);
            // Rows whose items are still being fetched carry the loading attribute.
            page.waitForFunction("g => !g.hasAttribute('loading') && !g.shadowRoot"
                    + ".querySelector('#items [loading]')", grid.elementHandle());
            cells.addAll(grid.locator("vaadin-grid-cell-content").allTextContents().stream().map(String::strip)
                    .toList());
        }
        return cells;
    }

    /** Scrolls so that the element's top is just below the app's header. */
    private void showTopOf(String selector) {
        page.locator(selector).evaluate("e => { e.scrollIntoView({block: 'start'}); window.scrollBy(0, -72); }");
    }

    private void showBottomOf(String selector) {
        page.locator(selector).evaluate("e => e.scrollIntoView({block: 'end'})");
    }

    /** Marks a step in the test's output with the seconds since the test began, to see where the time goes. */
    private void step(String name) {
        System.out.printf("[caseworker flow] %5.1f s  %s%n", (System.nanoTime() - started) / 1e9, name);
    }

    private static int size(Locator grid) {
        return ((Number) grid.evaluate("g => g.size")).intValue();
    }

    private void checkAccessible() {
        EndToEndStack.assertAccessible(page);
    }

    private void shoot(String name) {
        EndToEndStack.screenshotOfView(page, name);
    }
}
