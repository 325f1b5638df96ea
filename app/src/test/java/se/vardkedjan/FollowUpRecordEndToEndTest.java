package se.vardkedjan;

import com.microsoft.playwright.Locator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import se.vardkedjan.casehandling.AgreementChannel;
import se.vardkedjan.casehandling.CarePlans;
import se.vardkedjan.casehandling.GoalInput;
import se.vardkedjan.followup.Measurements;
import se.vardkedjan.followup.Occasion;
import se.vardkedjan.followup.instrument.domain.InstrumentRef;
import se.vardkedjan.sharedkernel.CaseId;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Recording a follow-up in a real Chromium (issue 13, ADR 0030's amendment): a caseworker opens their case's
 * Uppföljning tab, records the goal's follow-up with the goal's attainment, the client's rating and an AUDIT, decides
 * to continue, and sees the follow-up done and the AUDIT's change from the baseline in the chart's table; the tab is
 * checked with axe-core before and after. The case is made through the facades as its caseworker (not the demo
 * caseworker {@code handlaggare}'s, whose lists other browser tests expect).
 */
class FollowUpRecordEndToEndTest extends EndToEndTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationContext context;
    @Autowired
    CarePlans plans;
    @Autowired
    Measurements measurements;

    @BeforeEach
    void demoOrganisation() {
        jdbc.sql("""
                INSERT INTO organisation.districts (code, name) VALUES ('syd', 'Syd') ON CONFLICT DO NOTHING""")
                .update();
        jdbc.sql("""
                INSERT INTO organisation.units (code, district_code, name)
                VALUES ('syd-beroende', 'syd', 'Beroendeenheten Syd') ON CONFLICT DO NOTHING""").update();
        jdbc.sql("""
                INSERT INTO organisation.staff_members (username, display_name, title)
                VALUES ('handlaggare.syd', 'Sven Söder', 'Socialsekreterare') ON CONFLICT DO NOTHING""").update();
        jdbc.sql("""
                INSERT INTO organisation.staff_units (username, unit_code)
                VALUES ('handlaggare.syd', 'syd-beroende') ON CONFLICT DO NOTHING""").update();
        page.setViewportSize(1366, 768);
    }

    @AfterEach
    void signOutOfTheFacades() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aCaseworkerRecordsAFollowUpWithGoalAttainmentAndAnAuditAndSeesTheChangeFromTheBaseline() {
        var today = LocalDate.now(ZoneId.of("Europe/Stockholm"));
        var caseId = caseWithGoalAndAuditBaseline(today);

        page.navigate(EndToEndStack.appUrl() + "/");
        logInAtKeycloak("handlaggare.syd");
        page.navigate(EndToEndStack.appUrl() + "/arenden/" + caseId.value() + "/uppfoljning");
        assertThat(page.locator("#follow-up-record-heading")).hasText("Registrera uppföljning");
        EndToEndStack.assertAccessible(page);

        radio("#follow-up-record-scheduled", "Mål i planen").click();
        radio("#follow-up-record-goal-1-ATTAINMENT", "Delvis uppnått").click();
        page.locator("#follow-up-record-goal-1-CLIENT_RATING input").fill("7");
        page.locator("#follow-up-record-use-audit").click();
        // Items 1 and 2 one point each, the rest none: 2 points against the baseline's 16.
        for (int q = 1; q <= 10; q++) {
            page.locator("#follow-up-record-audit-Q" + q + " vaadin-radio-button").nth(q <= 2 ? 1 : 0).click();
        }
        radio("#follow-up-record-decision", "Fortsätta insatsen").click();
        page.locator("#follow-up-record-reason textarea").fill("Dricker mindre, fortsätt som planerat.");
        page.locator("#follow-up-record-save").click();

        assertThat(page.locator("#follow-up-tab-status")).hasText("Uppföljningen är sparad.");
        assertThat(page.locator("#follow-up-records-table")).containsText("Fortsätta insatsen");
        assertThat(page.locator("#follow-up-schedule-table")).containsText("Gjord " + today);
        var audit = page.locator("#measurements-audit-table tbody tr").nth(1);
        assertThat(audit).containsText("Uppföljning");
        assertThat(audit).containsText("−14");
        assertThat(page.locator("#measurements-audit-chart")).isVisible();
        assertThat(page.locator("#measurements-goal-1-table")).containsText("Delvis uppnått");
        EndToEndStack.assertAccessible(page);
        EndToEndStack.screenshot(page, "follow-up-recorded");
    }

    private Locator radio(String group, String text) {
        return page.locator(group + " vaadin-radio-button", new com.microsoft.playwright.Page.LocatorOptions()
                .setHasText(text)).first();
    }

    /** A decided case of handlaggare.syd's with an agreed goal due in five days and an AUDIT baseline of 16. */
    private CaseId caseWithGoalAndAuditBaseline(LocalDate today) {
        var caseId = asCaseworker("handlaggare.syd", "syd-beroende", () -> {
            var id = new ProviderAssignmentFixture(context, today).decidedCase("syd-beroende", today.minusDays(30));
            var plan = plans.draft(id, today.minusDays(30));
            plans.setGoal(plan, plans.plan(plan).version(), new GoalInput("Dricka mindre", "AUDIT",
                    today.plusDays(5)));
            plans.recordAgreement(plan, plans.plan(plan).version(), today.minusDays(30), AgreementChannel.MEETING);
            var answers = new HashMap<String, String>();
            int[] scores = {4, 4, 4, 4, 0, 0, 0, 0, 0, 0};
            for (int i = 0; i < scores.length; i++) {
                answers.put("Q" + (i + 1), "A" + scores[i]);
            }
            measurements.record(id, new InstrumentRef("AUDIT", 1), Occasion.BASELINE, answers, today.minusDays(30));
            return id;
        });
        jdbc.sql("UPDATE casehandling.cases SET responsible = 'handlaggare.syd' WHERE id = ?").param(caseId.value())
                .update();
        var deadline = System.nanoTime() + 20_000_000_000L;
        while (jdbc.sql("SELECT count(*) FROM followup.scheduled_follow_ups WHERE case_id = ? AND source_kind = "
                + "'GOAL'").param(caseId.value()).query(Long.class).single() < 1) {
            org.assertj.core.api.Assertions.assertThat(System.nanoTime()).as("scheduled within 20 s")
                    .isLessThan(deadline);
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return caseId;
    }
}
