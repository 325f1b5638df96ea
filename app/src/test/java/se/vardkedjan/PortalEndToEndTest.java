package se.vardkedjan;

import com.microsoft.playwright.Locator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.vardkedjan.casehandling.ActivityInput;
import se.vardkedjan.casehandling.ActivityPerformer;
import se.vardkedjan.casehandling.CarePlanId;
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
 * A client with a case and a draft plan logs in to the portal through the BankID simulator on a 320 px wide screen,
 * reads what is happening in the case, opens "Min plan" from the menu with the keyboard, comments on a goal and agrees
 * to the plan with the keyboard; both pages have no serious or critical axe violations and no horizontal scroll; the
 * caseworker then sees the agreement and the comment on the plan (ADR 0028).
 */
class PortalEndToEndTest extends EndToEndTest {

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
    void aClientReadsTheirCaseAndPlanOnASmallScreenCommentsOnAGoalAndAgreesWithTheKeyboard() throws Exception {
        ensureDemoUnitNord(jdbc);
        var number = KaribuVaadin.personalNumber();
        var plan = decidedCaseWithADraftPlan(number);
        page.setViewportSize(320, 800);

        page.navigate(EndToEndStack.appUrl() + "/portal");
        var order = scanWithBankId(page.locator("#vk-bankid-qr").getAttribute("data-qr"));
        approveWithBankId(order, number, "Klara", "Portalsson");
        waitForTheApp();

        assertThat(page.locator("#portal-welcome")).hasText("Välkommen, Klara Portalsson");
        assertThat(page.locator("#portal-case-stage")).hasText("Vi har fattat beslut om ditt stöd.");
        assertThat(page.locator("#portal-contact")).containsText("Din handläggare är Anna Lindqvist");
        EndToEndStack.assertAccessible(page);
        assertNoHorizontalScroll();
        EndToEndStack.screenshot(page, "portal-start-320");

        // The menu by keyboard: the drawer's toggle, then "Min plan" in it.
        tabTo(page.locator("vaadin-drawer-toggle"));
        page.keyboard().press("Enter");
        var planItem = page.locator("vaadin-side-nav-item").filter(new Locator.FilterOptions().setHasText("Min plan"));
        tabTo(planItem);
        page.keyboard().press("Enter");
        page.waitForURL(Pattern.compile(".*/portal/min-plan$"));

        assertThat(page.locator("#portal-plan-goals")).containsText("Jag vill sova bättre.");
        assertThat(page.locator("#portal-plan-activities")).containsText("Där du får hjälp: Samtal varje vecka");
        EndToEndStack.assertAccessible(page);
        assertNoHorizontalScroll();
        EndToEndStack.screenshot(page, "portal-plan-320");

        page.locator("vaadin-text-area.vk-portal-comment textarea").first()
                .fill("Jag sover bäst om jag får gå ut på kvällen.");
        page.locator("vaadin-button.vk-portal-comment-send").first().click();
        assertThat(page.locator("#portal-plan-goals")).containsText("Jag sover bäst om jag får gå ut på kvällen.");

        tabTo(page.locator("#portal-plan-agree"));
        page.keyboard().press("Enter");
        assertThat(page.locator("#portal-plan-agreed")).containsText("Du sa att du håller med om planen");
        EndToEndStack.assertAccessible(page);
        assertNoHorizontalScroll();

        var seen = asCaseworker("handlaggare", UNIT, () -> carePlans.fromTheClient(plan));
        assertThat(seen.agreedToThisVersion()).as("the caseworker sees the agreement to the plan as it reads").isTrue();
        assertThat(seen.comments()).singleElement().satisfies(comment ->
                assertThat(comment.text()).isEqualTo("Jag sover bäst om jag får gå ut på kvällen."));
        // The caseworker puts the plan in force with that agreement, not recording it again (issue 13, slice 4).
        var inForce = asCaseworker("handlaggare", UNIT, () -> {
            carePlans.recordPortalAgreement(plan, carePlans.plan(plan).version());
            return carePlans.plan(plan);
        });
        assertThat(inForce.status()).isEqualTo(se.vardkedjan.casehandling.CarePlanStatus.AGREED);
        assertThat(inForce.response().channel()).isEqualTo(se.vardkedjan.casehandling.AgreementChannel.PORTAL);
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

    /** A decided case of the person with the number in the demo unit, the demo caseworker's, with a draft plan. */
    private CarePlanId decidedCaseWithADraftPlan(String number) {
        return asCaseworker("handlaggare", UNIT, () -> {
            var today = LocalDate.now();
            var person = register.register(new RegisterPerson(number, null, null, "Klara", "Portalsson", null, null,
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
            carePlans.planActivity(plan, 1, new ActivityInput("Samtal varje vecka", ActivityPerformer.PROVIDER,
                    "Tisdagar"));
            return plan;
        });
    }
}
