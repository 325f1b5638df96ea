package se.vardkedjan.providercontracts.domain;

import se.vardkedjan.providercontracts.EndReason;

import se.vardkedjan.providercontracts.AssignmentStatus;

import org.junit.jupiter.api.Test;
import se.vardkedjan.casehandling.DecisionId;
import se.vardkedjan.casehandling.InterventionId;
import se.vardkedjan.casehandling.InterventionType;
import se.vardkedjan.providercontracts.AssignmentId;
import se.vardkedjan.providercontracts.ContractId;
import se.vardkedjan.providercontracts.MethodCode;
import se.vardkedjan.providercontracts.ProviderId;
import se.vardkedjan.sharedkernel.CaseId;
import se.vardkedjan.sharedkernel.RuleViolation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AssignmentTests {

    private static final LocalDate DECIDED = LocalDate.of(2026, 11, 2);
    private static final Instant NOW = Instant.parse("2026-11-10T09:00:00Z");
    private static final ProviderChoice CHOICE = new ProviderChoice(new MethodCode("CBT"), ProviderId.random(),
            ContractId.random(), false);

    private static Assignment draft() {
        return Assignment.draft(AssignmentId.random(), new CaseId(UUID.randomUUID()),
                new DecisionId(UUID.randomUUID()), new InterventionId(UUID.randomUUID()), InterventionType.OUTPATIENT,
                DECIDED, "anna", NOW);
    }

    private static AssignmentContent content(LocalDate startsOn) {
        return new AssignmentContent(startsOn, "Sex månader", "Närvaro varje månad", "Uppföljning efter tre månader",
                "Anna Handläggare, 010-123 45 67", SharedPersonalData.IDENTITY_ONLY);
    }

    private static Assignment sent() {
        var assignment = draft();
        assignment.writeDraft(DECIDED, CHOICE, content(DECIDED.plusDays(7)), "anna", NOW);
        assignment.send(List.of(new AssignmentGoal(UUID.randomUUID(), "Ett eget boende")), false, "anna", NOW);
        return assignment;
    }

    private static String keyOf(Throwable thrown) {
        return ((RuleViolation) thrown).messageKey();
    }

    @Test
    void aDraftWithProviderAndCompleteContentIsSentWithTheGoalsCopied() {
        var assignment = sent();

        assertThat(assignment.status()).isEqualTo(AssignmentStatus.SENT);
        assertThat(assignment.goals()).extracting(AssignmentGoal::text).containsExactly("Ett eget boende");
        assertThat(assignment.sentAt()).isEqualTo(NOW);
        assertThat(assignment.newHistory()).extracting(HistoryEntry::event)
                .containsExactly("DRAFTED", "DRAFT_WRITTEN", "SENT");
        assertThat(assignment.newHistory()).allMatch(entry -> entry.actor().equals("anna") && entry.at().equals(NOW));
    }

    @Test
    void aStartBeforeTheDecisionIsRefusedWithTheDecisionsDate() {
        var assignment = draft();

        assertThatThrownBy(() -> assignment.writeDraft(DECIDED, CHOICE, content(DECIDED.minusDays(1)), "anna", NOW))
                .isInstanceOfSatisfying(RuleViolation.class, violation -> {
                    assertThat(violation.messageKey())
                            .isEqualTo("providercontracts.assignment.error.start-before-decision");
                    assertThat(violation.field()).contains("providercontracts.assignment.starts-on");
                    assertThat(violation.arguments()).containsExactly(DECIDED);
                });
        assertThat(assignment.status()).isEqualTo(AssignmentStatus.DRAFT);
    }

    @Test
    void aDraftWithoutProviderOrWithMissingContentIsNotSent() {
        var noProvider = draft();
        assertThatThrownBy(() -> noProvider.send(List.of(), false, "anna", NOW))
                .satisfies(t -> assertThat(keyOf(t)).isEqualTo("providercontracts.assignment.error.provider-required"));

        var noReporting = draft();
        noReporting.writeDraft(DECIDED, CHOICE, new AssignmentContent(DECIDED, "Sex månader", null, "Efter tre månader",
                "Anna", null), "anna", NOW);
        assertThatThrownBy(() -> noReporting.send(List.of(), false, "anna", NOW))
                .isInstanceOfSatisfying(RuleViolation.class, violation ->
                        assertThat(violation.field()).contains("providercontracts.assignment.reporting"));
        assertThat(noReporting.status()).isEqualTo(AssignmentStatus.DRAFT);
    }

    @Test
    void anOversizedTextIsRefusedForItsField() {
        assertThatThrownBy(() -> new AssignmentContent(DECIDED, "x".repeat(ProviderText.SHORT + 1), null, null, null,
                null)).isInstanceOfSatisfying(RuleViolation.class, violation -> {
                    assertThat(violation.messageKey()).isEqualTo("providercontracts.error.text-too-long");
                    assertThat(violation.field()).contains("providercontracts.assignment.expected-length");
                });
    }

    @Test
    void aProtectedPersonsAddressIsNeverSent() {
        var assignment = draft();
        assignment.writeDraft(DECIDED, CHOICE, new AssignmentContent(DECIDED, "Sex månader", "Närvaro", "Efter tre",
                "Anna", new SharedPersonalData(true, true, false)), "anna", NOW);

        assertThatThrownBy(() -> assignment.send(List.of(), true, "anna", NOW))
                .satisfies(t -> assertThat(keyOf(t)).isEqualTo("providercontracts.assignment.error.protected-address"));
        assertThat(assignment.status()).isEqualTo(AssignmentStatus.DRAFT);
    }

    @Test
    void nothingButTheIdentityIsSharedWithoutTheClientsConsent() {
        assertThatThrownBy(() -> new SharedPersonalData(false, false, true))
                .satisfies(t -> assertThat(keyOf(t))
                        .isEqualTo("providercontracts.assignment.error.sharing-without-consent"));
    }

    @Test
    void theProviderReceivesAcceptsAndStartsAndTheCaseworkerEndsIt() {
        var assignment = sent();
        assignment.receive("utforare", NOW);
        assignment.accept(DECIDED.plusDays(10), "utforare", NOW);
        assignment.start(DECIDED.plusDays(8), "utforare", NOW);
        assignment.end(EndReason.COMPLETED, DECIDED.plusDays(100), null, "anna", NOW);

        assertThat(assignment.status()).isEqualTo(AssignmentStatus.ENDED);
        assertThat(assignment.endReason()).isEqualTo(EndReason.COMPLETED);
        assertThat(assignment.newHistory()).extracting(HistoryEntry::event).containsSubsequence("RECEIVED",
                "ACCEPTED", "STARTED", "ENDED");
    }

    @Test
    void aStartAfterTodayIsRefusedOnTheStartDate() {
        var assignment = sent();
        assignment.accept(DECIDED.plusDays(10), "utforare", NOW);
        var tomorrow = LocalDate.ofInstant(NOW, EscalationStep.ZONE).plusDays(1);

        assertThatThrownBy(() -> assignment.start(tomorrow, "utforare", NOW))
                .isInstanceOfSatisfying(RuleViolation.class, violation -> {
                    assertThat(violation.messageKey())
                            .isEqualTo("providercontracts.assignment.error.start-in-the-future");
                    assertThat(violation.field()).contains("providercontracts.assignment.started-on");
                });
        assertThat(assignment.status()).isEqualTo(AssignmentStatus.ACCEPTED);
        assignment.start(tomorrow.minusDays(1), "utforare", NOW);
        assertThat(assignment.status()).isEqualTo(AssignmentStatus.RUNNING);
    }

    @Test
    void theProviderMayAcceptWithoutConfirmingReceiptFirst() {
        var assignment = sent();
        assignment.accept(DECIDED.plusDays(10), "utforare", NOW);

        assertThat(assignment.status()).isEqualTo(AssignmentStatus.ACCEPTED);
        assertThat(assignment.acceptedStart()).isEqualTo(DECIDED.plusDays(10));
    }

    @Test
    void anAcceptanceStartingBeforeTheDecisionIsRefused() {
        var assignment = sent();

        assertThatThrownBy(() -> assignment.accept(DECIDED.minusDays(1), "utforare", NOW))
                .isInstanceOfSatisfying(RuleViolation.class, violation ->
                        assertThat(violation.field()).contains("providercontracts.assignment.accepted-start"));
        assertThat(assignment.status()).isEqualTo(AssignmentStatus.SENT);
    }

    @Test
    void aDeclineNeedsAReason() {
        var assignment = sent();

        assertThatThrownBy(() -> assignment.decline("  ", "utforare", NOW))
                .satisfies(t -> assertThat(keyOf(t)).isEqualTo("providercontracts.error.text-required"));
        assignment.decline("Vi har ingen plats förrän i mars.", "utforare", NOW);
        assertThat(assignment.status()).isEqualTo(AssignmentStatus.DECLINED);
        assertThat(assignment.declineReason()).isEqualTo("Vi har ingen plats förrän i mars.");
    }

    @Test
    void transitionsTheStateDoesNotAllowAreRuleViolations() {
        var draft = draft();
        assertThatThrownBy(() -> draft.receive("utforare", NOW))
                .satisfies(t -> assertThat(keyOf(t)).isEqualTo("providercontracts.assignment.error.not-sent"));
        assertThatThrownBy(() -> draft.accept(DECIDED, "utforare", NOW)).isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> draft.start(DECIDED, "utforare", NOW))
                .satisfies(t -> assertThat(keyOf(t)).isEqualTo("providercontracts.assignment.error.not-accepted"));
        assertThatThrownBy(() -> draft.end(EndReason.COMPLETED, DECIDED, null, "anna", NOW))
                .satisfies(t -> assertThat(keyOf(t)).isEqualTo("providercontracts.assignment.error.not-running"));

        var sent = sent();
        assertThatThrownBy(() -> sent.withdraw("anna", NOW))
                .satisfies(t -> assertThat(keyOf(t)).isEqualTo("providercontracts.assignment.error.not-a-draft"));
        assertThatThrownBy(() -> sent.writeDraft(DECIDED, CHOICE, content(DECIDED), "anna", NOW))
                .isInstanceOf(RuleViolation.class);
        sent.decline("Ingen plats.", "utforare", NOW);
        assertThatThrownBy(() -> sent.accept(DECIDED.plusDays(3), "utforare", NOW))
                .isInstanceOf(RuleViolation.class);
        assertThat(sent.status()).isEqualTo(AssignmentStatus.DECLINED);
    }

    @Test
    void aDraftMayBeWithdrawnAndThenNothingElse() {
        var assignment = draft();
        assignment.withdraw("anna", NOW);

        assertThat(assignment.status()).isEqualTo(AssignmentStatus.WITHDRAWN);
        assertThatThrownBy(() -> assignment.send(List.of(), false, "anna", NOW)).isInstanceOf(RuleViolation.class);
    }

    @Test
    void theClientsChoiceMustBeALovContractAndOtherChoicesNeedRoom() {
        var full = new ContractOffer(ContractId.random(), ProviderId.random(), "Solgården", "A-1",
                ContractForm.FRAMEWORK_AGREEMENT, 2, 2);
        var lovFull = new ContractOffer(ContractId.random(), ProviderId.random(), "Valfrihet", "L-1", ContractForm.LOV,
                1, 1);

        assertThatThrownBy(() -> full.checkChoosable(false))
                .satisfies(t -> assertThat(keyOf(t)).isEqualTo("providercontracts.assignment.error.contract-full"));
        assertThatThrownBy(() -> full.checkChoosable(true)).satisfies(t -> assertThat(keyOf(t))
                .isEqualTo("providercontracts.assignment.error.clients-choice-not-lov"));
        lovFull.checkChoosable(true);
        new ContractOffer(ContractId.random(), ProviderId.random(), "Öppen", "O-1", ContractForm.OWN_RUN, null, 40)
                .checkChoosable(false);
    }
}
