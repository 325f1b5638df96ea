package se.vardkedjan;

import com.microsoft.playwright.Locator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.vardkedjan.casehandling.CaseHandling;
import se.vardkedjan.casehandling.ConsentForm;
import se.vardkedjan.casehandling.CoordinatedPlanId;
import se.vardkedjan.casehandling.CoordinatedPlanStatus;
import se.vardkedjan.casehandling.CoordinatedPlans;
import se.vardkedjan.casehandling.NewParticipant;
import se.vardkedjan.casehandling.Principal;
import se.vardkedjan.casehandling.Workday;
import se.vardkedjan.casehandling.persistence.CaseRows;
import se.vardkedjan.providercontracts.AssignmentDraft;
import se.vardkedjan.providercontracts.Assignments;
import se.vardkedjan.providercontracts.MethodCode;
import se.vardkedjan.casehandling.readmodel.CaseWorkItem;

import java.time.LocalDate;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A client with an active SIP logs in to the portal through the BankID simulator on a 320 px wide screen, opens
 * "Min SIP" from the menu with the keyboard, reads who takes part and who does what, asks to withdraw consent, reads
 * what that means and confirms, all with the keyboard; the page has no serious or critical axe violations and no
 * horizontal scroll at each step; the caseworker then has the withdrawal on their start page and sees it was the
 * client's own; the client then opens "Min insats och utförare" and reads where they get help (ADR 0028, slice 2).
 */
class PortalSipEndToEndTest extends EndToEndTest {

    private static final String UNIT = "nord-beroende";

    @Autowired
    JdbcClient jdbc;
    @Autowired
    CaseHandling caseHandling;
    @Autowired
    CaseRows cases;
    @Autowired
    CoordinatedPlans plans;
    @Autowired
    Workday workday;
    @Autowired
    Assignments assignments;
    @Autowired
    org.springframework.context.ApplicationContext context;

    @Test
    void aClientReadsTheirSipWithdrawsConsentAfterReadingWhatItMeansAndReadsWhereTheyGetHelpByKeyboardAt320Px()
            throws Exception {
        ensureDemoUnitNord(jdbc);
        var fixture = new ProviderAssignmentFixture(context, LocalDate.now());
        var provider = fixture.provider("e2e-insats-" + java.util.UUID.randomUUID().toString().substring(0, 8),
                "Utförare Insats E2E", 10);
        var caseAndSip = asCaseworker("handlaggare", UNIT, () -> {
            var caseId = fixture.decidedCase(UNIT, LocalDate.now().minusDays(2));
            var assignment = fixture.liveAssignment(caseId);
            var draft = assignments.saveDraft(assignment, 0, new AssignmentDraft(new MethodCode("CBT"),
                    provider.id(), provider.contract(), false, LocalDate.now().plusDays(7), "Sex månader",
                    "Närvaro varje månad", "Efter tre månader", "Anna Lindqvist", false, false, false));
            assignments.send(assignment, draft.version());
            return java.util.Map.entry(caseId, activeSip(caseId));
        });
        var sip = caseAndSip.getValue();
        var number = jdbc.sql("""
                        SELECT p.identity_number FROM casehandling.cases c
                        JOIN casehandling.persons p ON p.id = c.person_id WHERE c.id = ?""")
                .param(caseAndSip.getKey().value()).query(String.class).single();
        page.setViewportSize(320, 800);

        page.navigate(EndToEndStack.appUrl() + "/portal");
        var order = scanTheCurrentQrCode();
        approveWithBankId(order, number, "Ulf", "Uppdrag");
        waitForTheApp();
        assertThat(page.locator("#portal-welcome")).hasText("Välkommen, Ulf Uppdrag");

        tabTo(page.locator("vaadin-drawer-toggle"));
        page.keyboard().press("Enter");
        var sipItem = page.locator("vaadin-side-nav-item").filter(new Locator.FilterOptions().setHasText("Min SIP"));
        tabTo(sipItem);
        page.keyboard().press("Enter");
        page.waitForURL(Pattern.compile(".*/portal/sip$"));

        assertThat(page.locator("#portal-sip-heading")).hasText("Min SIP");
        assertThat(page.locator(".vk-portal-sip-participants"))
                .containsText("Karin Berg, Läkare, Region Exempel, Beroendemottagningen");
        assertThat(page.locator(".vk-portal-sip-measures")).containsText("Läkarbesök varje månad");
        assertThat(page.locator(".vk-portal-sip-consent")).containsText("Du gav ditt samtycke");
        EndToEndStack.assertAccessible(page);
        assertNoHorizontalScroll();
        EndToEndStack.screenshot(page, "portal-sip-320");

        tabTo(page.locator("vaadin-button.vk-portal-sip-withdraw"));
        page.keyboard().press("Enter");
        assertThat(page.locator(".vk-portal-sip-consequences")).containsText("Kommunen och regionen slutar samordna");
        assertThat(page.locator(".vk-portal-sip-consequences"))
                .containsText("Personalen från regionen som är med i SIP:en kan inte läsa den längre");
        EndToEndStack.assertAccessible(page);
        assertNoHorizontalScroll();
        EndToEndStack.screenshot(page, "portal-sip-withdraw-320");

        tabTo(page.locator("vaadin-button.vk-portal-sip-withdraw-confirm"));
        page.keyboard().press("Enter");
        assertThat(page.locator("#portal-sip-withdrawn-done")).hasText(
                "Du har återkallat ditt samtycke. Din handläggare får veta det.");
        assertThat(page.locator(".vk-portal-sip-withdrawn")).containsText("Du återkallade ditt samtycke här");
        EndToEndStack.assertAccessible(page);
        assertNoHorizontalScroll();

        var items = asCaseworker("handlaggare", UNIT, () -> workday.workItems().stream()
                .filter(item -> item.kind() == CaseWorkItem.Kind.SIP_CONSENT_WITHDRAWN_BY_CLIENT).count());
        assertThat(items).as("the caseworker's start page has the withdrawal").isPositive();
        var seen = asCaseworker("handlaggare", UNIT, () -> plans.plan(sip));
        assertThat(seen.status()).isEqualTo(CoordinatedPlanStatus.CONSENT_WITHDRAWN);
        assertThat(seen.consent().withdrawnByClient()).as("withdrawn by the client in the portal").isTrue();

        // Min insats och utförare, from the menu with the keyboard.
        tabTo(page.locator("vaadin-drawer-toggle"));
        page.keyboard().press("Enter");
        var insatsItem = page.locator("vaadin-side-nav-item")
                .filter(new Locator.FilterOptions().setHasText("Min insats och utförare"));
        tabTo(insatsItem);
        page.keyboard().press("Enter");
        page.waitForURL(Pattern.compile(".*/portal/insats$"));
        assertThat(page.locator(".vk-portal-insats-provider")).containsText("Du får hjälp av Utförare Insats E2E");
        assertThat(page.locator(".vk-portal-insats-status")).containsText("Vi väntar på svar");
        EndToEndStack.assertAccessible(page);
        assertNoHorizontalScroll();
        EndToEndStack.screenshot(page, "portal-insats-320");
    }

    /**
     * Scans the QR code the page shows now. The code changes every second and the simulator refuses one that has
     * aged; on a busy machine the code read can be stale by the time it is sent, so a fresh one is read and sent again
     * (at most three times).
     */
    private String scanTheCurrentQrCode() throws Exception {
        for (var attempt = 1; ; attempt++) {
            var response = bankIdTester("/api/scan",
                    java.util.Map.of("qrData", page.locator("#vk-bankid-qr").getAttribute("data-qr")));
            if (response.statusCode() == 200 || attempt == 3 || !response.body().contains("staleQrCode")) {
                assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
                return tools.jackson.databind.json.JsonMapper.builder().build().readTree(response.body())
                        .path("orderRef").asString();
            }
        }
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

    /** An active SIP with the region on the case (the signed-in caseworker's). */
    private CoordinatedPlanId activeSip(se.vardkedjan.sharedkernel.CaseId caseId) {
        {
            var today = LocalDate.now();
            caseHandling.assign(caseId, cases.find(caseId).orElseThrow().version(), "handlaggare");
            var sip = plans.create(caseId, today.minusDays(5), ConsentForm.WRITTEN, today.minusDays(4));
            var municipal = plans.addParticipant(sip, 0, NewParticipant.municipal("handlaggare", null,
                    "Socialsekreterare"));
            plans.addParticipant(sip, 1, NewParticipant.region("Karin Berg", "Region Exempel",
                    "Beroendemottagningen", "Läkare", "region.lakare"));
            plans.addMeasure(sip, 2, Principal.REGION, "Sömn och medicinering", "Läkarbesök varje månad");
            plans.addMeasure(sip, 3, Principal.MUNICIPALITY, "Stöd i boendet", "Boendestöd två gånger i veckan");
            plans.assignOverallResponsibility(sip, 4, Principal.MUNICIPALITY);
            plans.appointCoordinator(sip, 5, municipal);
            plans.writeGoals(sip, 6, "Jag vill bo kvar i min lägenhet.");
            plans.scheduleFollowUp(sip, 7, today.plusMonths(2));
            plans.activate(sip, 8);
            return sip;
        }
    }
}
