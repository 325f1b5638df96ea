package se.vardkedjan.casehandling;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.vardkedjan.TestActors;
import se.vardkedjan.casehandling.readmodel.CaseListItem;
import se.vardkedjan.casehandling.readmodel.CaseStage;
import se.vardkedjan.casehandling.readmodel.CaseSummary;
import se.vardkedjan.sharedkernel.CaseId;
import se.vardkedjan.sharedkernel.UnitCode;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One rule of lateness ("Försenad"): the case list and the case page's head read the same stage and say the same about
 * the investigation's deadline at every stage a case passes through, with the deadline long passed throughout.
 */
@CaseHandlingModuleTest
class CaseLatenessModuleTests {

    private static final LocalDate TODAY = LocalDate.now();

    private final PersonRegister register;
    private final CaseHandling caseHandling;
    private final Investigations investigations;
    private final Decisions decisions;
    private final JdbcClient jdbc;

    CaseLatenessModuleTests(PersonRegister register, CaseHandling caseHandling, Investigations investigations,
                            Decisions decisions, JdbcClient jdbc) {
        this.register = register;
        this.caseHandling = caseHandling;
        this.investigations = investigations;
        this.decisions = decisions;
        this.jdbc = jdbc;
    }

    @Test
    void theCaseListAndTheCaseHeadAgreeOnLatenessAtEveryStage() {
        var unit = PlanFixtures.newUnit(jdbc);
        TestActors.signIn(TestFixtures.caseworker(unit));
        var person = register.register(TestFixtures.person(TestFixtures.personalNumber(), "Sena", "Stegsson"));
        var caseId = caseHandling.registerIntake(new RegisterIntake(person, unit, IntakeKind.APPLICATION,
                TODAY.minusDays(60), "Ansöker om stöd.", null, null, null, false, null, false)).caseId();
        agree(unit, caseId, CaseStage.REGISTERED, false);

        caseHandling.assess(caseId, 0, PreliminaryOutcome.OPEN_INVESTIGATION, "Behov av utredning.",
                TODAY.minusDays(50), TODAY.minusDays(5));
        agree(unit, caseId, CaseStage.INVESTIGATING, true);

        investigations.saveAndComplete(caseId, 0, DecisionFixtures.completeContent(TODAY.minusDays(40), TODAY));
        agree(unit, caseId, CaseStage.INVESTIGATION_COMPLETE, false);

        var proposal = decisions.decide(DecisionFixtures.decision(caseId, TODAY,
                DecisionFixtures.granted(InterventionType.RESIDENTIAL, TODAY)));
        agree(unit, caseId, CaseStage.PROPOSAL_AWAITING_APPROVAL, false);

        TestActors.signIn(TestFixtures.unitManager(unit));
        decisions.returnProposal(proposal.id(), proposal.version(), "Pröva öppenvård först.");
        agree(unit, caseId, CaseStage.PROPOSAL_RETURNED, false);

        TestActors.signIn(TestFixtures.caseworker(unit));
        decisions.decide(DecisionFixtures.decision(caseId, TODAY,
                DecisionFixtures.granted(InterventionType.OUTPATIENT, TODAY)));
        agree(unit, caseId, CaseStage.DECIDED, false);
    }

    /** The list's row and the case page's head name the same stage and the same lateness, as expected. */
    private void agree(UnitCode unit, CaseId caseId, CaseStage expected, boolean late) {
        var summary = caseHandling.summary(caseId);
        var item = listed(caseId);
        assertThat(summary.stage()).as("the head's stage").isEqualTo(expected);
        assertThat(item.stage()).as("the list's stage at " + expected).isEqualTo(summary.stage());
        assertThat(headSaysLate(summary)).as("the head's lateness at " + expected).isEqualTo(late);
        assertThat(item.investigationOverdue(TODAY)).as("the list's lateness at " + expected).isEqualTo(late);
    }

    /** What the case page's head and its investigation tab show: the deadline while it applies, passed. */
    private static boolean headSaysLate(CaseSummary summary) {
        var deadline = summary.applicableInvestigationDeadline();
        return deadline != null && deadline.isBefore(TODAY);
    }

    private CaseListItem listed(CaseId caseId) {
        return caseHandling.list(CaseListQuery.units(), 0, 200).stream()
                .filter(item -> item.caseId().equals(caseId)).findFirst().orElseThrow();
    }
}
