package se.vardkedjan.followup;

import se.vardkedjan.casehandling.CarePlans;
import se.vardkedjan.casehandling.CaseHandling;
import se.vardkedjan.casehandling.DecisionFixtures;
import se.vardkedjan.casehandling.Decisions;
import se.vardkedjan.casehandling.GoalId;
import se.vardkedjan.casehandling.GoalInput;
import se.vardkedjan.casehandling.InterventionType;
import se.vardkedjan.casehandling.InvestigationId;
import se.vardkedjan.casehandling.Investigations;
import se.vardkedjan.casehandling.PersonRegister;
import se.vardkedjan.casehandling.PreliminaryOutcome;
import se.vardkedjan.casehandling.TestFixtures;
import se.vardkedjan.sharedkernel.CaseId;
import se.vardkedjan.sharedkernel.UnitCode;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/** Test data for measurements: a case with a completed investigation, a decision and a care plan with a goal. */
final class MeasurementFixtures {

    private MeasurementFixtures() {
    }

    record MeasuredCase(CaseId caseId, InvestigationId investigationId, GoalId goal) {
    }

    /** A decided case of the unit with its care plan's goal; the signed-in user must be the unit's caseworker. */
    static MeasuredCase measuredCase(PersonRegister register, CaseHandling caseHandling, Investigations investigations,
                                     Decisions decisions, CarePlans plans, UnitCode unit, LocalDate today) {
        var personId = register.register(TestFixtures.person(TestFixtures.personalNumber(), "Mats", "Mätsson"));
        var caseId = caseHandling.registerIntake(TestFixtures.application(personId, unit)).caseId();
        caseHandling.assess(caseId, 0, PreliminaryOutcome.OPEN_INVESTIGATION, "Behov av utredning.",
                today.minusDays(2), today.plusMonths(4));
        var investigation = investigations.saveAndComplete(caseId, 0,
                DecisionFixtures.completeContent(today.minusDays(2), today));
        decisions.decide(DecisionFixtures.decision(caseId, today,
                DecisionFixtures.granted(InterventionType.OUTPATIENT, today)));
        var plan = plans.draft(caseId, today);
        var goal = plans.setGoal(plan, plans.plans(caseId).getFirst().version(),
                new GoalInput("Dricka mindre", "AUDIT", today.plusMonths(3)));
        return new MeasuredCase(caseId, investigation.id(), goal);
    }

    /** AUDIT answers by score per item (items 9 and 10 take 0, 2 or 4). */
    static Map<String, String> audit(int... scores) {
        var answers = new HashMap<String, String>();
        for (int i = 0; i < scores.length; i++) {
            answers.put("Q" + (i + 1), "A" + scores[i]);
        }
        return answers;
    }
}
