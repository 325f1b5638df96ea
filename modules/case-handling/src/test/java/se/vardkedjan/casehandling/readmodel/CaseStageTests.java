package se.vardkedjan.casehandling.readmodel;

import org.junit.jupiter.api.Test;
import se.vardkedjan.casehandling.CaseStatus;
import se.vardkedjan.casehandling.DecisionStatus;
import se.vardkedjan.casehandling.InvestigationStatus;

import static org.assertj.core.api.Assertions.assertThat;

/** The stage of a case from its facts, at every step from intake to closure. */
class CaseStageTests {

    @Test
    void aNewCaseIsRegisteredAndItsNextStepIsTheAssessmentOnTheOverview() {
        var stage = CaseStage.of(CaseStatus.INTAKE, null, null);
        assertThat(stage).isEqualTo(CaseStage.REGISTERED);
        assertThat(stage.nextStep(false)).contains(new CaseStage.NextStep("casehandling.casepage.next.assess", ""));
        assertThat(stage.investigationDeadlineApplies()).isFalse();
    }

    @Test
    void anAssessmentWithoutInvestigationLeavesTheCaseNotOpenedWithNoNextStep() {
        var stage = CaseStage.of(CaseStatus.NOT_OPENED, null, null);
        assertThat(stage).isEqualTo(CaseStage.NOT_OPENED);
        assertThat(stage.isOpen()).isFalse();
        assertThat(stage.nextStep(true)).isEmpty();
    }

    @Test
    void anOpenedInvestigationWithOrWithoutADraftIsUnderWayAndItsDeadlineApplies() {
        assertThat(CaseStage.of(CaseStatus.INVESTIGATION, null, null)).isEqualTo(CaseStage.INVESTIGATING);
        var stage = CaseStage.of(CaseStatus.INVESTIGATION, InvestigationStatus.DRAFT, null);
        assertThat(stage).isEqualTo(CaseStage.INVESTIGATING);
        assertThat(stage.investigationDeadlineApplies()).isTrue();
        assertThat(stage.nextStep(false).orElseThrow().path()).isEqualTo("utredning");
    }

    @Test
    void aCompletedInvestigationIsNoLongerUnderWayAndItsDeadlineNoLongerApplies() {
        var stage = CaseStage.of(CaseStatus.INVESTIGATION, InvestigationStatus.COMPLETED, null);
        assertThat(stage).isEqualTo(CaseStage.INVESTIGATION_COMPLETE);
        assertThat(stage.investigationDeadlineApplies()).isFalse();
        assertThat(stage.nextStep(false)).contains(new CaseStage.NextStep("casehandling.casepage.next.decide", "beslut"));
    }

    @Test
    void aSentProposalWaitsForTheUnitManagerWhoseStepItIs() {
        var stage = CaseStage.of(CaseStatus.INVESTIGATION, InvestigationStatus.COMPLETED, DecisionStatus.PROPOSED);
        assertThat(stage).isEqualTo(CaseStage.PROPOSAL_AWAITING_APPROVAL);
        assertThat(stage.investigationDeadlineApplies()).isFalse();
        assertThat(stage.nextStep(true)).contains(new CaseStage.NextStep("casehandling.casepage.next.approve", "beslut"));
        assertThat(stage.nextStep(false)).as("the caseworker waits").isEmpty();
    }

    @Test
    void aReturnedProposalIsTheCaseworkersToReviseUntilANewOneIsSent() {
        var returned = CaseStage.of(CaseStatus.INVESTIGATION, InvestigationStatus.COMPLETED, DecisionStatus.RETURNED);
        assertThat(returned).isEqualTo(CaseStage.PROPOSAL_RETURNED);
        assertThat(returned.nextStep(false).orElseThrow().path()).isEqualTo("beslut");
        assertThat(CaseStage.of(CaseStatus.INVESTIGATION, InvestigationStatus.COMPLETED, DecisionStatus.PROPOSED))
                .isEqualTo(CaseStage.PROPOSAL_AWAITING_APPROVAL);
    }

    @Test
    void aDecidedCaseRunsItsInterventionsAndIsNeverOverdueForItsInvestigation() {
        var stage = CaseStage.of(CaseStatus.DECIDED, InvestigationStatus.COMPLETED, DecisionStatus.DECIDED);
        assertThat(stage).isEqualTo(CaseStage.DECIDED);
        assertThat(stage.investigationDeadlineApplies()).isFalse();
        assertThat(stage.nextStep(false).orElseThrow().path()).isEqualTo("plan");
    }

    @Test
    void aNewProposalOnADecidedCaseWaitsForApproval() {
        assertThat(CaseStage.of(CaseStatus.DECIDED, InvestigationStatus.COMPLETED, DecisionStatus.PROPOSED))
                .isEqualTo(CaseStage.PROPOSAL_AWAITING_APPROVAL);
    }

    @Test
    void aClosedCaseIsClosedWhateverItsDecisionsAndHasNoNextStep() {
        var stage = CaseStage.of(CaseStatus.CLOSED, InvestigationStatus.COMPLETED, DecisionStatus.PROPOSED);
        assertThat(stage).isEqualTo(CaseStage.CLOSED);
        assertThat(stage.isOpen()).isFalse();
        assertThat(stage.investigationDeadlineApplies()).isFalse();
        assertThat(stage.nextStep(true)).isEmpty();
    }
}
