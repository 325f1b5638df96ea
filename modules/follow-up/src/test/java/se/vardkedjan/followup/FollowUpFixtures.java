package se.vardkedjan.followup;

import org.springframework.jdbc.core.simple.JdbcClient;
import se.vardkedjan.casehandling.AgreementChannel;
import se.vardkedjan.casehandling.CarePlanId;
import se.vardkedjan.casehandling.CarePlans;
import se.vardkedjan.casehandling.CaseHandling;
import se.vardkedjan.casehandling.DecisionFixtures;
import se.vardkedjan.casehandling.Decisions;
import se.vardkedjan.casehandling.GoalInput;
import se.vardkedjan.casehandling.InterventionId;
import se.vardkedjan.casehandling.InterventionType;
import se.vardkedjan.casehandling.Investigations;
import se.vardkedjan.casehandling.PersonRegister;
import se.vardkedjan.casehandling.PreliminaryOutcome;
import se.vardkedjan.casehandling.TestFixtures;
import se.vardkedjan.casehandling.readmodel.DecisionView;
import se.vardkedjan.sharedkernel.CaseId;
import se.vardkedjan.sharedkernel.UnitCode;

import java.time.Duration;
import java.time.LocalDate;
import java.util.function.BooleanSupplier;

/** Test data for follow-ups: decided cases, agreed plans, and waiting for the listeners. */
final class FollowUpFixtures {

    private FollowUpFixtures() {
    }

    /** A case of the unit decided today with one granted intervention of the type. */
    record Granted(CaseId caseId, DecisionView decision, InterventionId interventionId) {
    }

    static Granted granted(PersonRegister register, CaseHandling caseHandling, Investigations investigations,
                           Decisions decisions, UnitCode unit, LocalDate today, InterventionType type) {
        var personId = register.register(TestFixtures.person(TestFixtures.personalNumber(), "Eva", "Ek"));
        var caseId = caseHandling.registerIntake(TestFixtures.application(personId, unit)).caseId();
        caseHandling.assess(caseId, 0, PreliminaryOutcome.OPEN_INVESTIGATION, "Behov av utredning.",
                today.minusDays(2), today.plusMonths(4));
        investigations.saveAndComplete(caseId, 0, DecisionFixtures.completeContent(today.minusDays(2), today));
        var decision = decisions.decide(DecisionFixtures.decision(caseId, today,
                DecisionFixtures.granted(type, today)));
        return new Granted(caseId, decision, decision.items().getFirst().id());
    }

    /** Agrees a draft (the first plan or a revision) today, with the goals given added to it first. */
    static CarePlanId agree(CarePlans plans, CarePlanId draft, LocalDate today, GoalInput... goals) {
        for (var goal : goals) {
            plans.setGoal(draft, plans.plan(draft).version(), goal);
        }
        plans.recordAgreement(draft, plans.plan(draft).version(), today, AgreementChannel.MEETING);
        return draft;
    }

    /** Makes the username responsible for the case (test data, as a unit manager's assignment would). */
    static void responsible(JdbcClient jdbc, CaseId caseId, String username) {
        jdbc.sql("UPDATE casehandling.cases SET responsible = ? WHERE id = ?").params(username, caseId.value())
                .update();
    }

    /** Waits up to ten seconds for the listeners (after commit, on their own threads) to get there. */
    static void await(String what, BooleanSupplier done) {
        var until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > until) {
                throw new AssertionError("Waited ten seconds in vain for: " + what);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
