package se.vardkedjan;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import se.vardkedjan.casehandling.CarePlanId;
import se.vardkedjan.casehandling.CaseHandling;
import se.vardkedjan.casehandling.GoalId;
import se.vardkedjan.casehandling.IntakeKind;
import se.vardkedjan.casehandling.PersonRegister;
import se.vardkedjan.casehandling.PreliminaryOutcome;
import se.vardkedjan.casehandling.ProtectionLevel;
import se.vardkedjan.casehandling.RegisterIntake;
import se.vardkedjan.casehandling.RegisterPerson;
import se.vardkedjan.casehandling.events.CarePlanGoalsAgreed;
import se.vardkedjan.sharedkernel.CaseId;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Scheduled follow-ups in a real Chromium (issue 13, ADR 0030): a caseworker logs in, finds the overdue follow-up of
 * their case on the start page, lists it on "Uppföljningar att göra" and opens the case's Uppföljning tab, both pages
 * checked with axe-core. The case is made through the facades as its caseworker and its plan's goals come as case
 * handling's event; it is not the demo caseworker {@code handlaggare}'s, whose own lists other browser tests expect.
 */
class FollowUpScheduleEndToEndTest extends EndToEndTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    PersonRegister register;
    @Autowired
    CaseHandling caseHandling;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    PlatformTransactionManager transactionManager;

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
    void aCaseworkerFindsAnOverdueFollowUpOnTheStartPageListsItAndOpensTheCasesUppfoljningTab() {
        var today = LocalDate.now(ZoneId.of("Europe/Stockholm"));
        var caseId = caseWithGoals(today);

        page.navigate(EndToEndStack.appUrl() + "/");
        logInAtKeycloak("handlaggare.syd");
        var item = page.locator("a.vk-work-item[href='arenden/" + caseId.value() + "/uppfoljning']").first();
        assertThat(item).containsText("Uppföljning (försenad)");
        assertThat(item).containsText("Fia Följsam");

        page.navigate(EndToEndStack.appUrl() + "/uppfoljningar");
        assertThat(page.locator("#follow-ups-due-heading")).hasText("Uppföljningar att göra");
        var row = page.locator("#follow-ups-mine-table tr", new com.microsoft.playwright.Page.LocatorOptions()
                .setHasText("Fia Följsam")).first();
        assertThat(row).containsText("Försenad");
        EndToEndStack.assertAccessible(page);
        EndToEndStack.screenshot(page, "follow-ups-due");

        row.locator("a").click();
        page.waitForURL(Pattern.compile(".*/arenden/" + caseId.value() + "/uppfoljning$"));
        assertThat(page.locator("#follow-up-schedule-table")).containsText("Försenad");
        assertThat(page.locator("#follow-up-schedule-table")).containsText(today.plusDays(5).toString());
        EndToEndStack.assertAccessible(page);
        EndToEndStack.screenshot(page, "follow-up-tab");
    }

    /** A case of handlaggare.syd's with a plan goal overdue by two days and one due in five. */
    private CaseId caseWithGoals(LocalDate today) {
        var caseId = asCaseworker("handlaggare.syd", "syd-beroende", () -> {
            var person = register.register(new RegisterPerson(KaribuVaadin.personalNumber(), null, null, "Fia",
                    "Följsam", null, null, null, null, null, ProtectionLevel.NONE));
            var id = caseHandling.registerIntake(new RegisterIntake(person,
                    new se.vardkedjan.sharedkernel.UnitCode("syd-beroende"), IntakeKind.APPLICATION,
                    today.minusDays(40), "Ansöker om stöd.", null, null, null, false, null, true)).caseId();
            caseHandling.assess(id, 0, PreliminaryOutcome.OPEN_INVESTIGATION, "Behov finns.", today.minusDays(39),
                    today.plusDays(60));
            return id;
        });
        jdbc.sql("UPDATE casehandling.cases SET responsible = 'handlaggare.syd' WHERE id = ?").param(caseId.value())
                .update();
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> events.publishEvent(
                new CarePlanGoalsAgreed(caseId, CarePlanId.random(), 1, null, today.minusDays(30), List.of(
                        new CarePlanGoalsAgreed.AgreedGoal(GoalId.random(), today.minusDays(2), null),
                        new CarePlanGoalsAgreed.AgreedGoal(GoalId.random(), today.plusDays(5), null)))));
        var deadline = System.nanoTime() + 20_000_000_000L;
        while (jdbc.sql("SELECT count(*) FROM followup.scheduled_follow_ups WHERE case_id = ?")
                .param(caseId.value()).query(Long.class).single() < 2) {
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
