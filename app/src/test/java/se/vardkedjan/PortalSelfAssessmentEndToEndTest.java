package se.vardkedjan;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
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
import se.vardkedjan.followup.MeasurementSource;
import se.vardkedjan.followup.Measurements;
import se.vardkedjan.sharedkernel.CaseId;
import se.vardkedjan.sharedkernel.UnitCode;

import java.time.LocalDate;
import java.util.UUID;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Self-assessments end to end (issue 13, slice 2; ADR 0029): the caseworker sends the demo client Erik Johansson an
 * AUDIT from the case's Uppföljning tab; Erik logs in to the portal through the BankID simulator on a 320 px wide
 * screen, finds the notice on the start page, answers one question at a time with the keyboard, checks the summary
 * and sends; both portal pages have no serious or critical axe violations; the caseworker then has the score, the
 * client's own, in the case's measurements.
 */
class PortalSelfAssessmentEndToEndTest extends EndToEndTest {

    private static final String UNIT = "nord-beroende";
    private static final String ERIK = "198506154577";

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
    @Autowired
    Measurements measurements;

    @Test
    void theCaseworkerSendsAnAuditAndErikAnswersItOneQuestionAtATimeWithTheKeyboardOnASmallScreen() throws Exception {
        ensureDemoUnitNord(jdbc);
        var caseId = eriksCase();

        // The caseworker sends the AUDIT from the Uppföljning tab.
        page.setViewportSize(1366, 768);
        page.navigate(EndToEndStack.appUrl() + "/arenden/" + caseId.value() + "/uppfoljning");
        logInAtKeycloak("handlaggare");
        page.navigate(EndToEndStack.appUrl() + "/arenden/" + caseId.value() + "/uppfoljning");
        var instrument = page.locator("#follow-up-questionnaire-instrument");
        instrument.locator("input").click();
        page.getByRole(AriaRole.OPTION, new com.microsoft.playwright.Page.GetByRoleOptions()
                .setName(Pattern.compile("^AUDIT"))).click();
        page.locator("#follow-up-questionnaire-send").click();
        expect(page.locator("#follow-up-questionnaires-table"));
        assertThat(page.locator("#follow-up-questionnaires-table")).containsText("Skickad, inte påbörjad");

        // Erik, in a browser of his own, on a phone.
        browser.close();
        browser = EndToEndStack.browser().newContext(new Browser.NewContextOptions().setLocale("sv-SE")
                .setTimezoneId("Europe/Stockholm"));
        page = browser.newPage();
        page.setDefaultTimeout(30_000);
        page.setViewportSize(320, 800);
        page.navigate(EndToEndStack.appUrl() + "/portal");
        var order = scanWithBankId(page.locator("#vk-bankid-qr").getAttribute("data-qr"));
        approveWithBankId(order, ERIK, "Erik", "Johansson");
        waitForTheApp();
        assertThat(page.locator("#portal-self-assessment-notice")).containsText("Du har en självskattning att fylla i");

        tabTo(page.locator("#portal-start-self-assessment-link"));
        page.keyboard().press("Enter");
        page.waitForURL(Pattern.compile(".*/portal/skattningar$"));
        var start = page.locator("a", new com.microsoft.playwright.Page.LocatorOptions().setHasText("Börja fylla i"))
                .first();
        assertThat(start).isVisible();
        EndToEndStack.assertAccessible(page);
        assertNoHorizontalScroll();
        EndToEndStack.screenshot(page, "portal-self-assessments-320");

        tabTo(start);
        page.keyboard().press("Enter");
        page.waitForURL(Pattern.compile(".*/portal/skattningar/[0-9a-f-]+$"));
        assertThat(page.locator("#portal-self-progress")).hasText("Fråga 1 av 10");
        EndToEndStack.assertAccessible(page);
        assertNoHorizontalScroll();
        EndToEndStack.screenshot(page, "portal-self-assessment-question-320");

        for (var question = 1; question <= 10; question++) {
            assertThat(page.locator("#portal-self-progress")).hasText("Fråga " + question + " av 10");
            // The first option ("Aldrig", "1–2", "Nej"), chosen with the keyboard: Tab to it, Space to choose.
            tabTo(page.locator("#portal-self-question vaadin-radio-button").first());
            page.keyboard().press("Space");
            assertThat(page.locator("#portal-self-question vaadin-radio-button").first())
                    .hasAttribute("checked", "");
            tabTo(page.locator("#portal-self-next"));
            page.keyboard().press("Enter");
        }
        expect(page.locator("#portal-self-summary-heading"));
        assertThat(page.locator("#portal-self-summary")).containsText("Fråga 1: Hur ofta dricker du alkohol?");
        EndToEndStack.assertAccessible(page);
        assertNoHorizontalScroll();
        tabTo(page.locator("#portal-self-send"));
        page.keyboard().press("Enter");
        expect(page.locator("#portal-self-thanks"));
        assertThat(page.locator("#portal-self-thanks")).hasText("Tack för dina svar!");
        EndToEndStack.assertAccessible(page);
        EndToEndStack.screenshot(page, "portal-self-assessment-thanks-320");

        var audit = asCaseworker("handlaggare", UNIT, () -> measurements.history(caseId)).stream()
                .filter(s -> s.definition().code().equals("AUDIT")).findFirst().orElseThrow();
        var latest = audit.points().getLast().measurement();
        assertThat(latest.source()).isEqualTo(MeasurementSource.CLIENT_SELF);
        assertThat(latest.total()).as("every first option scores 0").isZero();
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
        for (var presses = 0; presses < 80; presses++) {
            page.keyboard().press("Tab");
            if ((Boolean) element.evaluate("e => e === document.activeElement || e.contains(document.activeElement)")) {
                return;
            }
        }
        throw new AssertionError("Not reached by Tab within 80 presses: " + element);
    }

    /**
     * Erik Johansson's case in the demo unit, the demo caseworker's: the demo data's when it is loaded, else a decided
     * case with a plan made here through the facades (the e2e database has no demo data).
     */
    private CaseId eriksCase() {
        var existing = jdbc.sql("""
                        SELECT c.id FROM casehandling.cases c JOIN casehandling.persons p ON p.id = c.person_id
                        WHERE p.identity_number = ? ORDER BY c.status = 'CLOSED', c.received_on DESC LIMIT 1""")
                .param(ERIK).query(UUID.class).optional();
        if (existing.isPresent()) {
            jdbc.sql("UPDATE followup.questionnaires SET status = 'WITHDRAWN', withdrawn_by = 'e2e', "
                    + "withdrawn_at = now() WHERE case_id = ? AND status IN ('SENT', 'IN_PROGRESS')")
                    .param(existing.get()).update();
            return new CaseId(existing.get());
        }
        return asCaseworker("handlaggare", UNIT, () -> {
            var today = LocalDate.now();
            var person = register.register(new RegisterPerson(ERIK, null, null, "Erik", "Johansson", null, null,
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
            carePlans.setGoal(plan, 0, new GoalInput("Dricka mindre.", "AUDIT", today.plusMonths(2)));
            return caseId;
        });
    }
}
