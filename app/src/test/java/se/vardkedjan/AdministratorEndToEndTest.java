package se.vardkedjan;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.concurrent.ThreadLocalRandom;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The administrator's pages in a real Chromium through the real Keycloak login: the organisation register, the legal
 * references and the delegation order, each checked with axe-core. A delegation rule is raised and put back, and both
 * changes are in the history with the committee decision behind them. The pictures of the user guide are taken on the
 * way.
 */
class AdministratorEndToEndTest extends EndToEndTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void anAdministratorReadsTheOrganisationAndTheLegalReferencesAndChangesADelegationRuleAndPutsItBack() {
        page.setViewportSize(1280, 900);
        page.navigate(EndToEndStack.appUrl() + "/admin/organisation");
        logInAtKeycloak("administrator");

        assertThat(page.locator("#organisation-heading")).isVisible();
        assertThat(page.locator("#organisation-districts")).isVisible();
        EndToEndStack.assertAccessible(page);
        EndToEndStack.screenshotOfView(page, "administrator-organisation");

        page.navigate(EndToEndStack.appUrl() + "/admin/lagrum");
        assertThat(page.locator("#legal-references")).isVisible();
        assertThat(page.locator("#legal-references")).containsText("2025:400");
        EndToEndStack.assertAccessible(page);

        page.navigate(EndToEndStack.appUrl() + "/admin/delegation");
        assertThat(page.locator("#delegation-heading")).hasText("Delegationsordning");
        assertThat(page.locator("#delegation-rules")).containsText("Sysselsättning");
        EndToEndStack.assertAccessible(page);

        // Occupation (sysselsättning) is not decided in the other browser tests; it is put back to the caseworker.
        var meeting = "SN " + (10 + ThreadLocalRandom.current().nextInt(80)) + " § " + (1 + ThreadLocalRandom.current().nextInt(99));
        org.assertj.core.api.Assertions.assertThat(lowestRoleForOccupation()).isEqualTo("caseworker");
        change("Sysselsättning", "Enhetschef", meeting);
        org.assertj.core.api.Assertions.assertThat(lowestRoleForOccupation()).isEqualTo("unit_manager");
        EndToEndStack.assertAccessible(page);
        EndToEndStack.screenshotOfView(page, "administrator-delegation");

        change("Sysselsättning", "Handläggare", meeting + " (återställd)");
        org.assertj.core.api.Assertions.assertThat(lowestRoleForOccupation()).isEqualTo("caseworker");
    }

    /** The shared rule is the other browser tests' too: put it back even when the test failed half-way. */
    @AfterEach
    void putTheOccupationRuleBack() {
        jdbc.sql("UPDATE organisation.delegation_rules SET lowest_role = 'caseworker' "
                + "WHERE intervention_type = 'OCCUPATION' AND lowest_role <> 'caseworker'").update();
    }

    private String lowestRoleForOccupation() {
        return jdbc.sql("SELECT lowest_role FROM organisation.delegation_rules WHERE intervention_type = 'OCCUPATION'")
                .query(String.class).single();
    }

    private void change(String intervention, String level, String committeeDecision) {
        choose("#delegation-rule-type", intervention);
        choose("#delegation-rule-level", level);
        page.locator("#delegation-rule-basis input").fill(committeeDecision);
        page.locator("#delegation-rule-save").click();
        // The change is in the history (and confirmed in a notification), and nothing was refused.
        assertThat(page.locator("#delegation-rule-changes")).containsText(committeeDecision);
        assertThat(page.locator("vaadin-notification-card").filter(new Locator.FilterOptions()
                .setHasText("Regeln är ändrad: " + intervention))).not().hasCount(0);
        assertThat(page.locator("#problem-message")).hasCount(0);
    }
}
