package se.vardkedjan;

import com.microsoft.playwright.Locator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import se.vardkedjan.casehandling.CaseHandling;
import se.vardkedjan.casehandling.IntakeKind;
import se.vardkedjan.casehandling.PersonRegister;
import se.vardkedjan.casehandling.PreliminaryOutcome;
import se.vardkedjan.casehandling.ProtectionLevel;
import se.vardkedjan.casehandling.RegisterIntake;
import se.vardkedjan.casehandling.RegisterPerson;
import se.vardkedjan.sharedkernel.CaseId;

import java.time.LocalDate;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The start page in a real Chromium (issue 15, ADR 0022): the caseworker's "Att göra" and the unit manager's
 * unassigned cases and workload, each checked with axe-core, and their links reached and followed by keyboard alone.
 * The cases are made through the facades in the test (as their caseworker), so the test does not depend on the forms;
 * they are not the demo caseworker {@code handlaggare}'s, whose own list other browser tests expect empty or their own.
 */
class StartPageEndToEndTest extends EndToEndTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    PersonRegister register;
    @Autowired
    CaseHandling caseHandling;

    @BeforeEach
    void demoOrganisation() {
        jdbc.sql("""
                INSERT INTO organisation.districts (code, name) VALUES ('nord', 'Nord'), ('syd', 'Syd')
                ON CONFLICT DO NOTHING""").update();
        jdbc.sql("""
                INSERT INTO organisation.units (code, district_code, name)
                VALUES ('nord-beroende', 'nord', 'Beroendeenheten Nord'), ('syd-beroende', 'syd', 'Beroendeenheten Syd')
                ON CONFLICT DO NOTHING""").update();
        jdbc.sql("""
                INSERT INTO organisation.staff_members (username, display_name, title)
                VALUES ('handlaggare.syd', 'Sven Söder', 'Socialsekreterare'), ('enhetschef', 'Karin Berg', 'Enhetschef')
                ON CONFLICT DO NOTHING""").update();
        jdbc.sql("""
                INSERT INTO organisation.staff_units (username, unit_code)
                VALUES ('handlaggare.syd', 'syd-beroende'), ('enhetschef', 'nord-beroende') ON CONFLICT DO NOTHING""")
                .update();
        page.setViewportSize(1366, 768);
    }

    @AfterEach
    void signOutOfTheFacades() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aCaseworkerFindsTheirLateInvestigationOnTheStartPageAndReachesItsTabByKeyboard() {
        var late = lateInvestigation("handlaggare.syd", "syd-beroende", "Stina", "Startsida");
        for (var i = 0; i < 13; i++) {
            lateInvestigation("handlaggare.syd", "syd-beroende", "Tät", "Lista" + (char) ('a' + i));
        }

        page.navigate(EndToEndStack.appUrl() + "/");
        logInAtKeycloak("handlaggare.syd");
        assertThat(page.locator("#work-items-heading")).hasText("Att göra");
        assertThat(page.locator("#work-group-overdue-heading")).containsText("Försenat (");
        var link = page.locator("a.vk-work-item", new com.microsoft.playwright.Page.LocatorOptions()
                .setHasText("Utredningstid – Stina Startsida"));
        assertThat(link).hasAttribute("href", "arenden/" + late.value() + "/utredning");
        EndToEndStack.assertAccessible(page);
        EndToEndStack.screenshot(page, "start-page-caseworker");
        // Dense: one line per item, so the first screen of 1366×768 shows a dozen items or more.
        var firstScreen = ((Number) page.evaluate("""
                () => [...document.querySelectorAll('a.vk-work-item')].filter(a => {
                    const box = a.getBoundingClientRect();
                    return box.height > 0 && box.top >= 0 && box.bottom <= window.innerHeight;
                }).length""")).intValue();
        assertThat(firstScreen).as("work items inside the first screen at 1366×768").isGreaterThanOrEqualTo(12);

        tabTo(link);
        page.keyboard().press("Enter");
        page.waitForURL(Pattern.compile(".*/arenden/" + late.value() + "/utredning$"));
    }

    @Test
    void aUnitManagerSeesUnassignedCasesAndTheWorkloadAndFollowsTheirLinksByKeyboard() {
        lateInvestigation("enhetschef", "nord-beroende", "Wilma", "Arbetsbörda");
        var unassigned = lateInvestigation("enhetschef", "nord-beroende", "Ulla", "Utanansvar");
        jdbc.sql("UPDATE casehandling.cases SET responsible = NULL WHERE id = ?").param(unassigned.value()).update();

        page.navigate(EndToEndStack.appUrl() + "/");
        logInAtKeycloak("enhetschef");
        assertThat(page.locator("#workload-heading")).hasText("Arbetsbelastning per handläggare");
        var item = page.locator("a.vk-work-item", new com.microsoft.playwright.Page.LocatorOptions()
                .setHasText("Ärende utan ansvarig handläggare – Ulla Utanansvar"));
        assertThat(item).isVisible();
        EndToEndStack.assertAccessible(page);
        EndToEndStack.screenshot(page, "start-page-unit-manager");

        var overdue = page.locator("a.vk-workload-overdue[href='arenden?ansvarig=enhetschef&filter=forsenade']");
        tabTo(overdue);
        page.keyboard().press("Enter");
        page.waitForURL(Pattern.compile(".*/arenden\\?ansvarig=enhetschef&filter=forsenade$"));
        assertThat(page.locator("#case-list")).containsText("Wilma Arbetsbörda");
        assertThat(page.locator("#case-chip-forsenade")).hasAttribute("aria-pressed", "true");
        EndToEndStack.assertAccessible(page);
        page.reload();
        assertThat(page.locator("#case-list")).containsText("Wilma Arbetsbörda");

        page.goBack();
        tabTo(item);
        page.keyboard().press("Enter");
        page.waitForURL(Pattern.compile(".*/arenden/" + unassigned.value() + "$"));
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

    /** A new client of the caseworker in the unit whose investigation deadline passed yesterday. */
    private CaseId lateInvestigation(String caseworker, String unit, String given, String family) {
        return asCaseworker(caseworker, unit, () -> {
            var person = register.register(new RegisterPerson(KaribuVaadin.personalNumber(), null, null, given,
                    family, null, null, null, null, null, ProtectionLevel.NONE));
            var caseId = caseHandling.registerIntake(new RegisterIntake(person,
                    new se.vardkedjan.sharedkernel.UnitCode(unit), IntakeKind.APPLICATION,
                    LocalDate.now().minusDays(40), "Ansöker om stöd.", null, null, null, false, null, true)).caseId();
            caseHandling.assess(caseId, 0, PreliminaryOutcome.OPEN_INVESTIGATION, "Behov finns.",
                    LocalDate.now().minusDays(39), LocalDate.now().minusDays(1));
            return caseId;
        });
    }
}
