package se.vardkedjan;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.vardkedjan.casehandling.ActivityInput;
import se.vardkedjan.casehandling.ActivityPerformer;
import se.vardkedjan.casehandling.AgreementChannel;
import se.vardkedjan.casehandling.CarePlans;
import se.vardkedjan.casehandling.CaseHandling;
import se.vardkedjan.casehandling.CommunicationChannel;
import se.vardkedjan.casehandling.DecideInterventions;
import se.vardkedjan.casehandling.DecisionOutcome;
import se.vardkedjan.casehandling.Decisions;
import se.vardkedjan.casehandling.GoalInput;
import se.vardkedjan.casehandling.IntakeKind;
import se.vardkedjan.casehandling.InterventionType;
import se.vardkedjan.casehandling.ChildrenAnswer;
import se.vardkedjan.casehandling.InvestigationContent;
import se.vardkedjan.casehandling.RelativesAnswer;
import se.vardkedjan.casehandling.Investigations;
import se.vardkedjan.casehandling.LifeArea;
import se.vardkedjan.casehandling.ParticipationMode;
import se.vardkedjan.casehandling.PersonRegister;
import se.vardkedjan.casehandling.PreliminaryOutcome;
import se.vardkedjan.casehandling.ProtectionLevel;
import se.vardkedjan.casehandling.RegisterIntake;
import se.vardkedjan.casehandling.RegisterPerson;
import se.vardkedjan.casehandling.SourceKind;
import se.vardkedjan.sharedkernel.CaseId;
import se.vardkedjan.sharedkernel.UnitCode;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 11's chain in a real Chromium through the real Keycloak login: the demo caseworker writes and sends the
 * assignment of a granted intervention to the demo treatment home Solgården (the demo provider file's contract
 * RA-2025-017, priced per care day); Solgården's staff member finds it on the start page and in the inbox, confirms
 * receipt, accepts it (after a start before the decision is refused in Swedish), writes and establishes the
 * implementation plan, reports the start and the care days; the caseworker then sees the acceptance, the plan, the
 * days and the cost on the case's Uppdrag tab; the staff member also sends the client an AUDIT from the assignment
 * page, which the caseworker finds on the Uppföljning tab as sent by Solgården (ADR 0030, slice 3). The staff member
 * sees what Solgården is paid for the assignment on its page, and on the start page its monthly sums over all its
 * assignments in a fold that holds no sums until it is opened (ADR 0026). Another
 * provider's staff member typing the assignment's address gets the page that says it cannot be shown, and the refusal
 * is recorded. Every page is checked with axe-core.
 * The case is made through the facades in the test, so the test depends on no other test and no demo case.
 */
class ProviderChainEndToEndTest extends EndToEndTest {

    /** Solgården's contract in the demo provider file: care days at 2 850 kr. */
    private static final String DEMO_CONTRACT = "RA-2025-017";
    private static final String UNIT = "nord-beroende";

    @Autowired
    JdbcClient jdbc;
    @Autowired
    PersonRegister register;
    @Autowired
    CaseHandling caseHandling;
    @Autowired
    Investigations investigations;
    @Autowired
    Decisions decisions;
    @Autowired
    CarePlans carePlans;

    private long started;

    @BeforeEach
    void demoUnitAndProviders() {
        ensureDemoUnitNord(jdbc);
        // The end-to-end app loads the demo provider file into its empty database on start-up (ProviderSeed).
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM providercontracts.contracts c
                        JOIN providercontracts.providers p ON p.id = c.provider_id
                        WHERE p.code = 'solgarden-hvb' AND c.reference = ?""").param(DEMO_CONTRACT)
                .query(Integer.class).single()).as("the demo provider file's Solgården contract is loaded").isEqualTo(1);
        page.setViewportSize(1280, 900);
        started = System.nanoTime();
    }

    @Test
    void aCaseworkerSendsAnAssignmentTheDemoProviderAcceptsPlansAndReportsAndTheCaseworkerSeesItAll() {
        var today = LocalDate.now();
        var decidedOn = today.minusDays(14);
        var start = today.minusDays(10);
        var lastReported = today.minusDays(1);
        var reportedDays = 10;
        var family = "Kedja" + UUID.randomUUID().toString().substring(0, 6);
        var goal = "Jag ska vara nykter varje dag i en månad, mål " + family + ".";

        step("Arrange: a decided case with a plan, and the listener's draft");
        var caseId = decidedCaseWithAPlan(family, decidedOn, goal);
        var assignmentId = draftOf(caseId);
        var card = "#assignment-" + assignmentId;

        // 2. The caseworker writes the draft on the Uppdrag tab and sends it.
        step("The caseworker sends the assignment");
        page.navigate(EndToEndStack.appUrl() + "/arenden/" + caseId.value() + "/uppdrag");
        logInAtKeycloak("handlaggare");
        page.navigate(EndToEndStack.appUrl() + "/arenden/" + caseId.value() + "/uppdrag");
        expect(page.locator("#assignment-form-" + assignmentId));
        assertThat(page.locator(card + " h3")).containsText("utkast");
        date("#assignment-starts-on-" + assignmentId, start);
        pick("#assignment-method-" + assignmentId, "Återfall", Pattern.compile("^Återfallsprevention \\(ÅP\\)$"));
        pick("#assignment-provider-" + assignmentId, "Solgård", Pattern.compile(DEMO_CONTRACT));
        page.locator("#assignment-expected-length-" + assignmentId + " input").fill("Sex månader");
        page.locator("#assignment-reporting-" + assignmentId + " textarea")
                .fill("Vårddygn varje månad; avvikelser samma dag.");
        page.locator("#assignment-follow-up-" + assignmentId + " textarea")
                .fill("Uppföljningsmöte efter tre månader med klienten och utföraren.");
        page.locator("#assignment-contact-persons-" + assignmentId + " textarea")
                .fill("Anna Lindqvist, socialsekreterare, 010-123 45 67");
        page.locator("#assignment-consent-" + assignmentId).click();
        checkAccessible();
        shoot("chain-caseworker-draft");
        page.locator("#assignment-send-" + assignmentId).click();
        expect(page.locator(card + " h3").filter(new Locator.FilterOptions().setHasText("skickat")));
        assertThat(page.locator("#assignment-download-" + assignmentId)).isVisible();
        checkAccessible();

        // 3. The provider's staff member: start page, inbox, the assignment, and the answers.
        step("The provider finds the assignment");
        newBrowser();
        page.navigate(EndToEndStack.appUrl() + "/utforare");
        logInAtKeycloak("utforare");
        page.navigate(EndToEndStack.appUrl() + "/utforare");
        expect(page.locator("#provider-start-heading"));
        var workItem = page.locator("a.vk-work-item[href$='utforare/uppdrag/" + assignmentId + "']");
        expect(workItem);
        assertThat(workItem).containsText("Nytt uppdrag att besvara");
        checkAccessible();
        shoot("chain-provider-start");
        page.navigate(EndToEndStack.appUrl() + "/utforare/uppdrag");
        expect(page.locator("#inbox-row-" + assignmentId));
        assertThat(page.locator("#inbox-row-" + assignmentId)).containsText("Återfallsprevention (ÅP)");
        assertThat(page.locator("#inbox-table")).not().containsText(family);
        checkAccessible();
        shoot("chain-provider-inbox");
        page.locator("#inbox-link-" + assignmentId).click();
        expect(page.locator("#provider-assignment-heading"));
        assertThat(page.locator("#provider-client-name")).containsText(family);
        assertThat(page.locator("#provider-goals")).containsText(goal);
        checkAccessible();

        step("The provider confirms receipt and accepts");
        page.locator("#provider-receive").click();
        expect(page.locator("#provider-assignment-heading").filter(
                new Locator.FilterOptions().setHasText("mottaget av utföraren")));
        // A start before the decision is refused in Swedish, and nothing changes.
        date("#provider-accept-date", decidedOn.minusDays(3));
        page.locator("#provider-accept").click();
        var acceptProblems = page.locator("#provider-accept-form-problems");
        acceptProblems.waitFor();
        assertThat(acceptProblems).containsText("Startdatum kan inte vara före beslutet den " + decidedOn + ".");
        assertThat(page.locator("#provider-assignment-heading")).containsText("mottaget av utföraren");
        checkAccessible();
        date("#provider-accept-date", start);
        page.locator("#provider-accept").click();
        expect(page.locator("#provider-assignment-heading").filter(
                new Locator.FilterOptions().setHasText("accepterat")));
        assertThat(page.locator("#provider-accepted-start")).containsText(start.toString());

        step("The provider writes and establishes the implementation plan");
        expect(page.locator("#plan-editor"));
        page.locator("#plan-activity-description textarea").fill("Återfallsprevention i grupp");
        page.locator("#plan-activity-goal textarea").fill("Känna igen sina risksituationer");
        page.locator("#plan-activity-performer input").fill("Behandlare Maria Sjöberg");
        page.locator("#plan-activity-schedule input").fill("Måndagar och torsdagar kl. 10");
        page.locator("#plan-add-activity").click();
        expect(page.locator("#plan-activity-0"));
        page.locator("#plan-working-with textarea").fill("Månadsvis avstämning med socialsekreteraren.");
        page.locator("#plan-participation textarea").fill("Klienten har varit med och valt aktiviteterna.");
        page.locator("#plan-client-view textarea").fill("Jag vill komma igång direkt.");
        checkAccessible();
        page.locator("#plan-establish").click();
        expect(page.locator("#plan-established-info"));
        assertThat(page.locator("#plan-established-info")).containsText("Version 1");
        assertThat(page.locator("#plan-established")).containsText("Återfallsprevention i grupp");

        step("The provider reports the start and the care days");
        assertThat(page.locator("#provider-start-date input")).hasValue(start.toString());
        page.locator("#provider-start").click();
        expect(page.locator("#provider-assignment-heading").filter(new Locator.FilterOptions().setHasText("pågår")));
        var attendance = "-" + assignmentId;
        expect(page.locator("#attendance-report" + attendance));
        assertThat(page.locator("#attendance-first-day" + attendance + " input")).hasValue(start.toString());
        // A day in the future is refused in Swedish, and nothing is reported.
        date("#attendance-last-day" + attendance, today.plusDays(1));
        page.locator("#attendance-report" + attendance).click();
        var attendanceProblems = page.locator("#attendance-form" + attendance + "-problems");
        attendanceProblems.waitFor();
        assertThat(attendanceProblems).containsText("Datumet kan inte vara i framtiden.");
        assertThat(page.locator("#attendance-summary" + attendance)).hasCount(0);
        date("#attendance-last-day" + attendance, lastReported);
        page.locator("#attendance-report" + attendance).click();
        expect(page.locator("#attendance-summary" + attendance));
        assertThat(page.locator("#attendance-summary" + attendance))
                .containsText("Rapporterade dagar som räknas: " + reportedDays);
        checkAccessible();
        shoot("chain-provider-assignment");

        // Follow-up's part of the assignment page (ADR 0030, slice 3): the provider sends the client an AUDIT.
        step("The provider sends the client an AUDIT");
        expect(page.locator("#provider-questionnaires"));
        assertThat(page.locator("#provider-questionnaires-none")).isVisible();
        pick("#provider-questionnaire-instrument", "AUDIT", Pattern.compile("^AUDIT – alkoholvanor$"));
        page.locator("#provider-questionnaire-send").click();
        expect(page.locator("#provider-questionnaires-table"));
        assertThat(page.locator("#provider-questionnaires-table")).containsText("AUDIT – alkoholvanor");
        assertThat(page.locator("#provider-questionnaires-table")).containsText("Skickad, inte påbörjad");
        checkAccessible();
        shoot("chain-provider-questionnaire");

        // What the provider is paid (ADR 0026). The assignment page shows this assignment's own cost: the page is
        // read again, since its cost section is built with the page, before the days were reported.
        step("The provider sees what it is paid for the assignment");
        page.navigate(EndToEndStack.appUrl() + "/utforare/uppdrag/" + assignmentId);
        var ownCost = page.locator("#provider-assignment-cost-" + assignmentId);
        expect(ownCost);
        assertThat(ownCost.locator("h3")).hasText("Er ersättning för uppdraget");
        // Ten care days at the contract's 2 850 kr: this assignment's days only.
        assertThat(ownCost.locator("#assignment-cost-total-" + assignmentId)).hasText(Pattern.compile(
                "^Kostnad hittills: 28[\\s\\u00a0]500,00[\\s\\u00a0]kr$"));
        // Neither the old monthly sums over all the provider's assignments nor the case staff's section.
        assertThat(page.locator("#provider-costs-" + assignmentId)).hasCount(0);
        assertThat(page.locator("#assignment-cost-" + assignmentId)).hasCount(0);
        checkAccessible();

        // The start page folds the provider's monthly sums over all its assignments: they are read only when opened.
        step("The provider opens its monthly sums on the start page");
        page.navigate(EndToEndStack.appUrl() + "/utforare");
        expect(page.locator("#provider-start-heading"));
        var monthlyCosts = page.locator("#provider-costs");
        expect(monthlyCosts);
        var summary = monthlyCosts.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions()
                .setName("Er ersättning per månad (alla uppdrag)").setExact(true));
        assertThat(summary).hasAttribute("aria-expanded", "false");
        assertThat(page.locator("#provider-costs[opened]")).hasCount(0);
        // Closed, the fold holds no sums, although this provider has days to sum: nothing was read unasked.
        assertThat(page.locator("#provider-costs-months")).hasCount(0);
        assertThat(monthlyCosts).not().containsText("Inga rapporterade dagar");
        summary.click();
        var months = page.locator("#provider-costs-months");
        expect(months);
        assertThat(summary).hasAttribute("aria-expanded", "true");
        // Among the months, the one of the last day reported above (with whatever else Solgården was paid then).
        assertThat(months).containsText(YearMonth.from(lastReported) + ": ");
        assertThat(monthlyCosts).not().containsText("Inga rapporterade dagar");
        checkAccessible();
        shoot("chain-provider-monthly-costs");

        // 4. The caseworker sees the acceptance, the plan, the days and the cost.
        step("The caseworker sees it all on the Uppdrag tab");
        newBrowser();
        page.navigate(EndToEndStack.appUrl() + "/arenden/" + caseId.value() + "/uppdrag");
        logInAtKeycloak("handlaggare");
        page.navigate(EndToEndStack.appUrl() + "/arenden/" + caseId.value() + "/uppdrag");
        expect(page.locator(card));
        assertThat(page.locator(card + " h3").first()).containsText("pågår");
        assertThat(page.locator(card)).containsText("Startdatum enligt utföraren: " + start);
        assertThat(page.locator("#assignment-history-" + assignmentId)).containsText("accepterat");
        assertThat(page.locator("#plan-established-info-" + assignmentId)).containsText("Version 1");
        assertThat(page.locator("#plan-established-info-" + assignmentId)).containsText("Maria Sjöberg");
        assertThat(page.locator("#plan-established-" + assignmentId)).containsText("Återfallsprevention i grupp");
        assertThat(page.locator("#attendance-summary-" + assignmentId))
                .containsText("Rapporterade dagar som räknas: " + reportedDays);
        // Ten care days at the contract's 2 850 kr.
        assertThat(page.locator("#assignment-cost-total-" + assignmentId)).containsText(Pattern.compile(
                "Kostnad hittills: 28[\\s\\u00a0]500,00[\\s\\u00a0]kr"));
        // The case's timeline dates the start by the day the provider gave, not the day it was reported.
        page.locator("#case-timeline-all").click();
        assertThat(page.locator("#case-timeline")).containsText(start + " Uppdrag startat");
        checkAccessible();
        shoot("chain-caseworker-uppdrag");
        // The AUDIT the provider sent is on the Uppföljning tab, with who sent it.
        page.navigate(EndToEndStack.appUrl() + "/arenden/" + caseId.value() + "/uppfoljning");
        expect(page.locator("#follow-up-questionnaires-table"));
        assertThat(page.locator("#follow-up-questionnaires-table")).containsText("AUDIT – alkoholvanor");
        assertThat(page.locator("#follow-up-questionnaires-table"))
                .containsText("skickad av Solgårdens behandlingshem AB");
        checkAccessible();

        // 5. Another provider's staff member types the assignment's address: refused, and recorded.
        step("Another provider is refused");
        newBrowser();
        var address = EndToEndStack.appUrl() + "/utforare/uppdrag/" + assignmentId;
        page.navigate(address);
        logInAtKeycloak("utforare.nyktervag");
        var before = refusals("utforare.nyktervag", assignmentId);
        page.navigate(address);
        expect(page.locator("#provider-assignment-not-found"));
        assertThat(page.locator("#provider-assignment-not-found")).hasText("Uppdraget kan inte visas");
        assertThat(page.locator("#provider-assignment-heading")).hasCount(0);
        assertThat(page.locator("body").innerText()).doesNotContain(family).doesNotContain("Återfallsprevention");
        checkAccessible();
        assertThat(refusals("utforare.nyktervag", assignmentId)).as("the refusal is in the security events")
                .isGreaterThan(before);
        step("done");
    }

    /** A fresh browser context (nobody signed in) in place of the current one. */
    private void newBrowser() {
        browser.close();
        browser = EndToEndStack.browser().newContext(new Browser.NewContextOptions().setLocale("sv-SE")
                .setTimezoneId("Europe/Stockholm"));
        page = browser.newPage();
        page.setDefaultTimeout(30_000);
        page.setViewportSize(1280, 900);
    }

    /** Types into a combo box to filter it, then picks the option whose text matches. */
    private void pick(String comboId, String typed, Pattern option) {
        var input = page.locator(comboId + " input");
        input.click();
        input.fill(typed);
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(option)).first().click();
        assertThat(input).hasValue(option);
    }

    private int refusals(String username, Object assignmentId) {
        return jdbc.sql("SELECT count(*) FROM accesslog.security_events WHERE actor_username = ? AND target_id = ?")
                .params(username, assignmentId.toString()).query(Integer.class).single();
    }

    /**
     * A new client of the demo caseworker's unit, investigated, granted outpatient care (which Solgården's contract
     * covers with relapse prevention) on the day, with an agreed care plan holding the goal; all through the facades.
     */
    private CaseId decidedCaseWithAPlan(String family, LocalDate decidedOn, String goal) {
        return asCaseworker("handlaggare", UNIT, () -> {
            var today = LocalDate.now();
            var person = register.register(new RegisterPerson(KaribuVaadin.personalNumber(), null, null, "Ulla",
                    family, null, null, "Storgatan 1", "123 45", "Exempelstad", ProtectionLevel.NONE));
            var caseId = caseHandling.registerIntake(new RegisterIntake(person, new UnitCode(UNIT),
                    IntakeKind.APPLICATION, decidedOn.minusDays(10), "Ansöker om stöd.", null, null, null, false,
                    null, true)).caseId();
            caseHandling.assess(caseId, 0, PreliminaryOutcome.OPEN_INVESTIGATION, "Behov av utredning.",
                    decidedOn.minusDays(9), today.plusDays(80));
            var needs = Arrays.stream(LifeArea.values())
                    .map(area -> new InvestigationContent.Need(area, 3, null, null)).toList();
            var investigationStart = decidedOn.minusDays(8);
            investigations.saveAndComplete(caseId, 0, new InvestigationContent(investigationStart, "Alkohol",
                    List.of(new InvestigationContent.Source(SourceKind.CLIENT, "Samtal", investigationStart)), needs,
                    List.of(), List.of(), new InvestigationContent.Participation(ParticipationMode.MEETING,
                    "Jag vill ha hjälp."), "Behov av stöd.", "Öppenvård.",
                    new InvestigationContent.Communication(decidedOn, CommunicationChannel.MEETING, null),
                    ChildrenAnswer.NO_CHILDREN, RelativesAnswer.NONE));
            decisions.decide(new DecideInterventions(caseId, decidedOn, List.of(
                    new DecideInterventions.Item(InterventionType.OUTPATIENT, DecisionOutcome.GRANTED,
                            "Behandling med återfallsprevention", decidedOn, null, "SOL-11-1", null)),
                    CommunicationChannel.MEETING, decidedOn));
            var plan = carePlans.draft(caseId, decidedOn);
            carePlans.setGoal(plan, 0, new GoalInput(goal, "Klientens egen dagbok.", today.plusMonths(2)));
            carePlans.planActivity(plan, 1, new ActivityInput("Behandling hos utföraren", ActivityPerformer.PROVIDER,
                    "Två gånger i veckan"));
            carePlans.recordAgreement(plan, 2, decidedOn, AgreementChannel.MEETING);
            return caseId;
        });
    }

    /** The draft the listener makes after the decision commits (asynchronously): its id, waited for. */
    private UUID draftOf(CaseId caseId) {
        var deadline = System.nanoTime() + 30_000_000_000L;
        while (true) {
            var found = jdbc.sql("SELECT id FROM providercontracts.assignments WHERE case_id = ? AND status = 'DRAFT'")
                    .param(caseId.value()).query(UUID.class).optional();
            if (found.isPresent()) {
                return found.get();
            }
            assertThat(System.nanoTime()).as("an assignment draft for case %s within 30 s", caseId.value())
                    .isLessThan(deadline);
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    /** Marks a step in the test's output with the seconds since the test began, to see where the time goes. */
    private void step(String name) {
        System.out.printf("[provider chain] %5.1f s  %s%n", (System.nanoTime() - started) / 1e9, name);
    }

    private void checkAccessible() {
        EndToEndStack.assertAccessible(page);
    }

    private void shoot(String name) {
        EndToEndStack.screenshotOfView(page, name);
    }
}
