package se.vardkedjan.casehandling.domain;

import org.junit.jupiter.api.Test;
import se.vardkedjan.TestActors;
import se.vardkedjan.casehandling.ClosureReason;
import se.vardkedjan.casehandling.CommunicationChannel;
import se.vardkedjan.casehandling.DecisionOutcome;
import se.vardkedjan.casehandling.DecisionStatus;
import se.vardkedjan.casehandling.InterventionType;
import se.vardkedjan.casehandling.LegalBasis;
import se.vardkedjan.casehandling.events.DecisionMade;
import se.vardkedjan.casehandling.events.DecisionProposed;
import se.vardkedjan.casehandling.events.InterventionClosed;
import se.vardkedjan.casehandling.events.InterventionGranted;
import se.vardkedjan.sharedkernel.CaseId;
import se.vardkedjan.sharedkernel.Roles;
import se.vardkedjan.sharedkernel.RuleViolation;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.vardkedjan.casehandling.InterventionType.OUTPATIENT;
import static se.vardkedjan.casehandling.InterventionType.RESIDENTIAL;
import static se.vardkedjan.casehandling.InterventionType.SERVICE_WITHOUT_DECISION;

class DecisionTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    private static final LocalDate STARTED = TODAY.minusDays(30);
    private static final LegalBasis SOL = new LegalBasis("SOL-11-1", "11 kap. 1 § SoL (2025:400)",
            "Rätt till bistånd", LocalDate.of(2025, 7, 1), null);
    private static final LegalBasis OLD_SOL = new LegalBasis("SOL2001-4-1", "4 kap. 1 § SoL (2001:453)",
            "Rätt till bistånd", LocalDate.of(2002, 1, 1), LocalDate.of(2025, 6, 30));
    private static final Delegation DELEGATION = new Delegation(Map.of(OUTPATIENT, Roles.CASEWORKER,
            InterventionType.CONTACT_PERSON, Roles.CASEWORKER, RESIDENTIAL, Roles.UNIT_MANAGER));
    private static final Set<String> CASEWORKER = Set.of(Roles.CASEWORKER);
    private static final Set<String> MANAGER = Set.of(Roles.UNIT_MANAGER, Roles.CASEWORKER);

    @Test
    void delegationAllowsACaseworkerOutpatientCareButNotResidentialCare() {
        assertThat(DELEGATION.allows(CASEWORKER, OUTPATIENT)).isTrue();
        assertThat(DELEGATION.allows(CASEWORKER, RESIDENTIAL)).isFalse();
        assertThat(DELEGATION.allows(MANAGER, RESIDENTIAL)).isTrue();
    }

    @Test
    void aTypeWithoutARuleIsForTheUnitManagerAndAServiceNeedsNoDelegation() {
        assertThat(DELEGATION.allows(CASEWORKER, InterventionType.OCCUPATION)).isFalse();
        assertThat(DELEGATION.allows(CASEWORKER, SERVICE_WITHOUT_DECISION)).isTrue();
        assertThat(DELEGATION.allows(Set.of(Roles.ANALYST), OUTPATIENT)).isFalse();
        assertThat(DELEGATION.requiredRole(SERVICE_WITHOUT_DECISION)).isNull();
    }

    @Test
    void withinDelegationTheCaseworkerDecidesDirectlyAndGrantedHelpIsAnnounced() {
        var caseId = CaseId.random();
        var decision = Decision.make(caseId, List.of(granted(OUTPATIENT)), TODAY, CommunicationChannel.MEETING, TODAY,
                caseworker(), DELEGATION, STARTED, TODAY);

        assertThat(decision.status()).isEqualTo(DecisionStatus.DECIDED);
        assertThat(decision.decidedBy()).isEqualTo("hl");
        assertThat(decision.delegationLevel()).isEqualTo(Roles.CASEWORKER);
        assertThat(decision.events()).hasSize(2).first().isEqualTo(new DecisionMade(caseId, decision.id(), TODAY));
        assertThat(decision.events().get(1)).isInstanceOf(InterventionGranted.class);
    }

    @Test
    void aboveDelegationItBecomesAProposalThatOnlyAUnitManagerApproves() {
        var decision = Decision.make(CaseId.random(), List.of(granted(RESIDENTIAL)), TODAY, null, null, caseworker(),
                DELEGATION, STARTED, TODAY);
        assertThat(decision.status()).isEqualTo(DecisionStatus.PROPOSED);
        assertThat(decision.events()).singleElement().isInstanceOf(DecisionProposed.class);

        assertThatThrownBy(() -> decision.approve(caseworker(), DELEGATION, CommunicationChannel.LETTER, TODAY, TODAY))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.messageKey())
                        .isEqualTo("casehandling.decision.error.outside-delegation"));
        assertThat(decision.status()).isEqualTo(DecisionStatus.PROPOSED);
        assertThat(decision.decidedBy()).isNull();
        decision.approve(TestActors.staff("ec", MANAGER, "u"), DELEGATION, CommunicationChannel.LETTER, TODAY, TODAY);
        assertThat(decision.status()).isEqualTo(DecisionStatus.DECIDED);
        assertThat(decision.decidedBy()).isEqualTo("ec");
    }

    @Test
    void aRefusalWithoutReasonsIsRefused() {
        assertThatThrownBy(() -> DecidedIntervention.decide(RESIDENTIAL, DecisionOutcome.REFUSED, "HVB", null, null,
                SOL, " ", TODAY)).isInstanceOfSatisfying(RuleViolation.class,
                e -> {
                    assertThat(e.messageKey()).isEqualTo("casehandling.decision.error.reasons-required");
                    assertThat(e.field()).contains("casehandling.decision.reasons");
                });
        assertThatThrownBy(() -> DecidedIntervention.decide(OUTPATIENT, DecisionOutcome.PARTLY_GRANTED, "ÅP",
                TODAY, null, SOL, null, TODAY)).isInstanceOfSatisfying(RuleViolation.class,
                e -> assertThat(e.messageKey()).isEqualTo("casehandling.decision.error.reasons-required"));
        // With its reasons, the same refusal is a decision.
        assertThat(DecidedIntervention.decide(RESIDENTIAL, DecisionOutcome.REFUSED, "HVB", null, null, SOL,
                "Behoven kan tillgodoses genom öppenvård.", TODAY).outcome()).isEqualTo(DecisionOutcome.REFUSED);
    }

    @Test
    void aServiceWithoutDecisionHasNoLegalBasisAndNothingToAppeal() {
        assertThatThrownBy(() -> DecidedIntervention.decide(SERVICE_WITHOUT_DECISION, DecisionOutcome.GRANTED,
                "Samtal", TODAY, null, SOL, null, TODAY)).isInstanceOfSatisfying(RuleViolation.class,
                e -> assertThat(e.messageKey()).isEqualTo("casehandling.decision.error.service-has-no-legal-basis"));

        var service = DecidedIntervention.decide(SERVICE_WITHOUT_DECISION, DecisionOutcome.GRANTED, "Samtal", TODAY,
                null, null, null, TODAY);
        var decision = Decision.make(CaseId.random(), List.of(service), TODAY, null, null, caseworker(), DELEGATION,
                STARTED, TODAY);
        assertThat(decision.status()).isEqualTo(DecisionStatus.DECIDED);
        assertThat(decision.delegationLevel()).isNull();
        assertThat(decision.appealable()).isFalse();
        assertThat(decision.events()).filteredOn(InterventionGranted.class::isInstance).hasSize(1);
    }

    @Test
    void anyOtherInterventionNeedsALegalBasisValidOnTheDecisionDate() {
        assertThatThrownBy(() -> DecidedIntervention.decide(OUTPATIENT, DecisionOutcome.GRANTED, "ÅP", TODAY, null,
                null, null, TODAY)).isInstanceOfSatisfying(RuleViolation.class,
                e -> assertThat(e.messageKey()).isEqualTo("casehandling.decision.error.legal-basis-required"));
        assertThatThrownBy(() -> DecidedIntervention.decide(OUTPATIENT, DecisionOutcome.GRANTED, "ÅP", TODAY, null,
                OLD_SOL, null, TODAY)).isInstanceOfSatisfying(RuleViolation.class,
                e -> assertThat(e.messageKey()).isEqualTo("casehandling.decision.error.legal-basis-not-valid"));
    }

    @Test
    void datesInTheWrongOrderAreRefused() {
        assertThatThrownBy(() -> DecidedIntervention.decide(OUTPATIENT, DecisionOutcome.GRANTED, "ÅP", TODAY,
                TODAY.minusDays(1), SOL, null, TODAY)).isInstanceOfSatisfying(RuleViolation.class,
                e -> {
                    assertThat(e.messageKey()).isEqualTo("casehandling.error.dates-in-wrong-order");
                    assertThat(e.field()).as("the later date is the one to correct")
                            .contains("casehandling.decision.planned-end");
                });
        assertThatThrownBy(() -> Decision.make(CaseId.random(), List.of(granted(OUTPATIENT)), STARTED.minusDays(1),
                CommunicationChannel.MEETING, STARTED, caseworker(), DELEGATION, STARTED, TODAY))
                .isInstanceOfSatisfying(RuleViolation.class,
                        e -> assertThat(e.messageKey()).isEqualTo("casehandling.error.dates-in-wrong-order"));
        assertThatThrownBy(() -> Decision.make(CaseId.random(), List.of(granted(OUTPATIENT)), TODAY.plusDays(1),
                CommunicationChannel.MEETING, TODAY.plusDays(1), caseworker(), DELEGATION, STARTED, TODAY))
                .isInstanceOfSatisfying(RuleViolation.class,
                        e -> assertThat(e.messageKey()).isEqualTo("casehandling.error.date-in-future"));
    }

    @Test
    void aRefusalMakesTheDecisionAppealable() {
        var refused = DecidedIntervention.decide(RESIDENTIAL, DecisionOutcome.REFUSED, "HVB", null, null, SOL,
                "Behoven kan tillgodoses genom öppenvård.", TODAY);
        var decision = Decision.make(CaseId.random(), List.of(granted(OUTPATIENT), refused), TODAY,
                CommunicationChannel.LETTER, TODAY, TestActors.staff("ec", MANAGER, "u"), DELEGATION, STARTED, TODAY);

        assertThat(decision.appealable()).isTrue();
        assertThat(decision.events()).filteredOn(InterventionGranted.class::isInstance).hasSize(1);
    }

    @Test
    void closingAnInterventionNeedsAReasonAndADateAfterItsStart() {
        var item = granted(OUTPATIENT);
        var decision = Decision.make(CaseId.random(), List.of(item), STARTED.plusDays(1), CommunicationChannel.MEETING,
                STARTED.plusDays(1), caseworker(), DELEGATION, STARTED, TODAY);

        assertThatThrownBy(() -> decision.closeIntervention(item.id(), null, "Klar", TODAY, "hl", TODAY))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.messageKey())
                        .isEqualTo("casehandling.decision.error.closure-reason-required"));
        assertThatThrownBy(() -> decision.closeIntervention(item.id(), ClosureReason.GOALS_REACHED, " ", TODAY, "hl",
                TODAY)).isInstanceOfSatisfying(RuleViolation.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("casehandling.error.text-required");
                    assertThat(e.arguments()).containsExactly("casehandling.closure.outcome");
                });
        assertThatThrownBy(() -> decision.closeIntervention(item.id(), ClosureReason.GOALS_REACHED, "Klar",
                item.startsOn().minusDays(1), "hl", TODAY)).isInstanceOfSatisfying(RuleViolation.class,
                e -> assertThat(e.messageKey()).isEqualTo("casehandling.error.dates-in-wrong-order"));
        assertThat(item.closedOn()).isNull();
        assertThat(decision.events()).noneMatch(InterventionClosed.class::isInstance);
        decision.closeIntervention(item.id(), ClosureReason.GOALS_REACHED, "Målen nådda", TODAY, "hl", TODAY);

        assertThat(item.closedOn()).isEqualTo(TODAY);
        assertThat(decision.events()).last().isInstanceOf(InterventionClosed.class);
    }

    private static DecidedIntervention granted(InterventionType type) {
        return DecidedIntervention.decide(type, DecisionOutcome.GRANTED, "Enligt förslaget", STARTED.plusDays(1),
                STARTED.plusMonths(6), SOL, null, TODAY);
    }

    private static se.vardkedjan.sharedkernel.Actor caseworker() {
        return TestActors.staff("hl", CASEWORKER, "u");
    }
}
