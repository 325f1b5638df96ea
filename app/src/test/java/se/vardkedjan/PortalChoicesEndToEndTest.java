package se.vardkedjan;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.vardkedjan.casehandling.CarePlans;
import se.vardkedjan.casehandling.CaseHandling;
import se.vardkedjan.casehandling.GoalInput;
import se.vardkedjan.casehandling.IntakeKind;
import se.vardkedjan.casehandling.PersonRegister;
import se.vardkedjan.casehandling.PreliminaryOutcome;
import se.vardkedjan.casehandling.ProtectionLevel;
import se.vardkedjan.casehandling.RegisterIntake;
import se.vardkedjan.casehandling.RegisterPerson;
import se.vardkedjan.casehandling.persistence.CaseRows;
import se.vardkedjan.sharedkernel.UnitCode;

import java.time.LocalDate;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The client's choices through the BankID simulator on a 320 px screen (ADR 0028, slice 2): a client gives an adult
 * reading access to their plan and journal in "Mina val" with the keyboard; the adult logs in with their own BankID,
 * chooses the client's file on the start page and reads the plan, with nothing to change; the client then sees their
 * own reads and the adult's in "Vem har läst min journal". Both pages have no serious or critical axe violations and
 * no horizontal scroll.
 */
class PortalChoicesEndToEndTest extends EndToEndTest {

    private static final String UNIT = "nord-beroende";

    @Autowired
    JdbcClient jdbc;
    @Autowired
    PersonRegister register;
    @Autowired
    CaseHandling caseHandling;
    @Autowired
    CaseRows cases;
    @Autowired
    CarePlans carePlans;

    @Test
    void aClientGivesAnAdultReadingAccessWhoReadsOnlyWhatWasSharedAndTheClientSeesTheReads() throws Exception {
        ensureDemoUnitNord(jdbc);
        var number = KaribuVaadin.personalNumber();
        var adult = KaribuVaadin.personalNumber();
        decidedCaseWithADraftPlan(number);

        logInWithBankId(number, "Vera", "Valsson");
        page.navigate(EndToEndStack.appUrl() + "/portal/val");
        assertThat(page.locator("#portal-choices-heading")).hasText("Mina val");
        page.locator("#portal-trust-number input").fill(adult);
        page.locator("#portal-trust-sections vaadin-checkbox").filter(new Locator.FilterOptions()
                .setHasText(Pattern.compile("^\\s*Min plan\\s*$"))).locator("input").check();
        page.locator("#portal-trust-sections vaadin-checkbox").filter(new Locator.FilterOptions()
                .setHasText(Pattern.compile("^\\s*Min journal\\s*$"))).locator("input").check();
        tabTo(page.locator("#portal-trust-give"));
        page.keyboard().press("Enter");
        assertThat(page.locator("#portal-choices-trusted-list")).containsText("får läsa: Min plan, Min journal");
        assertThat(page.locator("#portal-choices-history")).containsText("läsrätt till: Min plan, Min journal");
        EndToEndStack.assertAccessible(page);
        assertNoHorizontalScroll();
        EndToEndStack.screenshot(page, "portal-choices-320");

        newBrowser();
        logInWithBankId(adult, "Adam", "Anhörig");
        assertThat(page.locator("#portal-whose-file")).containsText("Vems journal vill du läsa?");
        page.locator("#portal-whose-file-choice vaadin-radio-button").filter(new Locator.FilterOptions()
                .setHasText(Pattern.compile("^\\s*Vera\\s*$"))).locator("input").check();
        assertThat(page.locator("#portal-whose-file-shared")).containsText("Du läser nu Veras journal.");
        page.navigate(EndToEndStack.appUrl() + "/portal/min-plan");
        assertThat(page.locator("#portal-plan-goals")).containsText("Jag vill sova bättre.");
        assertThat(page.locator("vaadin-text-area.vk-portal-comment")).hasCount(0);
        assertThat(page.locator("#portal-plan-agree")).hasCount(0);

        newBrowser();
        logInWithBankId(number, "Vera", "Valsson");
        page.navigate(EndToEndStack.appUrl() + "/portal/logg");
        assertThat(page.locator("#portal-log-heading")).hasText("Vem har läst min journal");
        assertThat(page.locator("#portal-log-lines")).containsText("En person du har gett läsrätt läste vårdplan");
        assertThat(page.locator("#portal-log-lines")).containsText("Du själv läste");
        EndToEndStack.assertAccessible(page);
        assertNoHorizontalScroll();
        EndToEndStack.screenshot(page, "portal-log-320");
    }

    private void logInWithBankId(String number, String givenName, String surname) throws Exception {
        page.setViewportSize(320, 800);
        page.navigate(EndToEndStack.appUrl() + "/portal");
        var order = scanWithBankId(page.locator("#vk-bankid-qr").getAttribute("data-qr"));
        approveWithBankId(order, number, givenName, surname);
        waitForTheApp();
        assertThat(page.locator("#portal-welcome")).containsText("Välkommen");
    }

    /** A fresh browser context (nobody signed in) in place of the current one. */
    private void newBrowser() {
        browser.close();
        browser = EndToEndStack.browser().newContext(new Browser.NewContextOptions().setLocale("sv-SE")
                .setTimezoneId("Europe/Stockholm"));
        page = browser.newPage();
        page.setDefaultTimeout(30_000);
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

    /** A decided case of the person with the number in the demo unit, the demo caseworker's, with a draft plan. */
    private void decidedCaseWithADraftPlan(String number) {
        asCaseworker("handlaggare", UNIT, () -> {
            var today = LocalDate.now();
            var person = register.register(new RegisterPerson(number, null, null, "Vera", "Valsson", null, null,
                    "Storgatan 1", "123 45", "Exempelstad", ProtectionLevel.NONE));
            var caseId = caseHandling.registerIntake(new RegisterIntake(person, new UnitCode(UNIT),
                    IntakeKind.APPLICATION, today.minusDays(20), "Ansöker om stöd.", null, null, null, false, null,
                    true)).caseId();
            caseHandling.assess(caseId, 0, PreliminaryOutcome.OPEN_INVESTIGATION, "Behov av utredning.",
                    today.minusDays(18), today.plusDays(100));
            var found = cases.find(caseId).orElseThrow();
            found.markDecided();
            cases.update(found);
            caseHandling.assign(caseId, cases.find(caseId).orElseThrow().version(), "handlaggare");
            var plan = carePlans.draft(caseId, today);
            carePlans.setGoal(plan, 0, new GoalInput("Jag vill sova bättre.", "Egen skattning 1–10",
                    today.plusMonths(2)));
            return plan;
        });
    }
}
