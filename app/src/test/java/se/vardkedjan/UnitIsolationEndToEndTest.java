package se.vardkedjan;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.vardkedjan.casehandling.CaseHandling;
import se.vardkedjan.casehandling.ConsentForm;
import se.vardkedjan.casehandling.CoordinatedPlanId;
import se.vardkedjan.casehandling.CoordinatedPlans;
import se.vardkedjan.casehandling.IntakeKind;
import se.vardkedjan.casehandling.PersonRegister;
import se.vardkedjan.casehandling.ProtectionLevel;
import se.vardkedjan.casehandling.RegisterIntake;
import se.vardkedjan.casehandling.RegisterPerson;
import se.vardkedjan.sharedkernel.CaseId;
import se.vardkedjan.sharedkernel.UnitCode;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Units are kept apart through the real login: a caseworker of the south unit, signed in through the real Keycloak,
 * types the address of a north unit's case, its tabs and its SIP. Each is refused — the case page's "cannot be
 * shown", the region participant's SIP page 403 — nothing of the client reaches the page, and each refusal is recorded
 * as a security event naming the caseworker and the case.
 */
class UnitIsolationEndToEndTest extends EndToEndTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    PersonRegister register;
    @Autowired
    CaseHandling caseHandling;
    @Autowired
    CoordinatedPlans plans;

    @Test
    void aCaseworkerOfAnotherUnitOpeningACaseAndItsSipByAddressIsRefusedSeesNothingAndIsRecorded() {
        ensureDemoUnitNord(jdbc);
        var number = KaribuVaadin.personalNumber();
        var family = "Isolerad" + UUID.randomUUID().toString().substring(0, 6);
        var northCase = northCaseWithASip(number, family);
        var caseId = northCase.caseId();

        page.navigate(EndToEndStack.appUrl() + "/");
        logInAtKeycloak("handlaggare.syd");
        assertThat(page.locator("#staff-start-heading")).isVisible();
        var before = refusalsOfTheCase("handlaggare.syd", caseId);

        for (var path : List.of("arenden/" + caseId.value(), "arenden/" + caseId.value() + "/sip",
                "arenden/" + caseId.value() + "/beslut", "arenden/" + caseId.value() + "/journal")) {
            page.navigate(EndToEndStack.appUrl() + "/" + path);
            assertThat(page.locator("#case-not-found")).hasText("Ärendet kan inte visas");
            assertThat(page.locator("#case-heading")).hasCount(0);
            assertThat(page.locator("#sip-section")).hasCount(0);
            nothingOfTheClient(number, family);
        }
        EndToEndStack.assertAccessible(page);
        assertThat(refusalsOfTheCase("handlaggare.syd", caseId)).as("each refused opening is recorded")
                .isGreaterThanOrEqualTo(before + 4);

        var sipPage = page.navigate(EndToEndStack.appUrl() + "/sip/" + northCase.sip().value());
        assertThat(sipPage.status()).as("the region participant's SIP page, for a caseworker").isEqualTo(403);
        assertThat(page.locator("#access-denied")).isVisible();
        nothingOfTheClient(number, family);
        assertThat(jdbc.sql("SELECT count(*) FROM accesslog.security_events WHERE actor_username = 'handlaggare.syd' "
                        + "AND attempt = 'VIEW' AND operation LIKE 'sip%'").query(Integer.class).single())
                .as("the SIP page's refusal is recorded").isPositive();
        assertThat(jdbc.sql("SELECT count(*) FROM accesslog.access_log WHERE actor_username = 'handlaggare.syd' "
                        + "AND case_id = ?").param(caseId.value()).query(Integer.class).single())
                .as("no read of the case by the other unit's caseworker is logged, because none happened").isZero();
    }

    private void nothingOfTheClient(String number, String family) {
        var text = page.locator("body").innerText();
        assertThat(text).doesNotContain(family).doesNotContain(number.substring(2, 8));
    }

    private int refusalsOfTheCase(String username, CaseId caseId) {
        return jdbc.sql("SELECT count(*) FROM accesslog.security_events WHERE actor_username = ? AND target_id = ?")
                .params(username, caseId.value().toString()).query(Integer.class).single();
    }

    private record NorthCase(CaseId caseId, CoordinatedPlanId sip) {
    }

    /** A case of the north unit (as its demo caseworker, through the facades) with a SIP. */
    private NorthCase northCaseWithASip(String number, String family) {
        return asCaseworker("handlaggare", "nord-beroende", () -> {
            var today = LocalDate.now();
            var person = register.register(new RegisterPerson(number, null, null, "Ina", family, null, null, null,
                    null, null, ProtectionLevel.NONE));
            var caseId = caseHandling.registerIntake(new RegisterIntake(person, new UnitCode("nord-beroende"),
                    IntakeKind.APPLICATION, today.minusDays(3), "Ansöker om stöd.", null, null, null, false, null,
                    true)).caseId();
            return new NorthCase(caseId, plans.create(caseId, today.minusDays(1), ConsentForm.WRITTEN, today));
        });
    }
}
