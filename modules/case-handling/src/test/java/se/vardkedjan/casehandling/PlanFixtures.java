package se.vardkedjan.casehandling;

import org.springframework.jdbc.core.simple.JdbcClient;
import se.vardkedjan.casehandling.persistence.CaseRows;
import se.vardkedjan.sharedkernel.CaseId;
import se.vardkedjan.sharedkernel.UnitCode;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Test data for the care plan and journal tests: a unit of their own (so lists and reminders see only this test's
 * cases), and cases brought to the investigation or to a decision. The decision is marked through the case aggregate
 * directly, as the decision part of case handling would.
 */
final class PlanFixtures {

    private PlanFixtures() {
    }

    /** A new unit in the test district, unique to the caller. */
    static UnitCode newUnit(JdbcClient jdbc) {
        TestFixtures.ensureOrganisation(jdbc);
        var unit = new UnitCode("test-plan-" + UUID.randomUUID().toString().substring(0, 8));
        jdbc.sql("INSERT INTO organisation.units (code, district_code, name) VALUES (?, 'test-d1', ?)")
                .params(unit.value(), "Enhet " + unit.value()).update();
        return unit;
    }

    /** A new person with a case in the unit under investigation (intake three days ago, assessed today). */
    static CaseId caseUnderInvestigation(PersonRegister register, CaseHandling caseHandling, UnitCode unit) {
        var person = register.register(TestFixtures.person(TestFixtures.personalNumber(), "Klient", "Plansson"));
        var caseId = caseHandling.registerIntake(TestFixtures.application(person, unit)).caseId();
        var today = LocalDate.now();
        caseHandling.assess(caseId, 0, PreliminaryOutcome.OPEN_INVESTIGATION, "Behov av utredning.", today,
                today.plusMonths(4));
        return caseId;
    }

    /** A new person with a decided case in the unit. */
    static CaseId decidedCase(PersonRegister register, CaseHandling caseHandling, CaseRows cases, UnitCode unit) {
        var caseId = caseUnderInvestigation(register, caseHandling, unit);
        var found = cases.find(caseId).orElseThrow();
        found.markDecided();
        cases.update(found);
        return caseId;
    }
}
