package se.vardkedjan.casehandling.domain;

import org.junit.jupiter.api.Test;
import se.vardkedjan.casehandling.CaseId;
import se.vardkedjan.casehandling.DecisionFixtures;
import se.vardkedjan.casehandling.InvestigationCompleted;
import se.vardkedjan.casehandling.InvestigationContent;
import se.vardkedjan.casehandling.InvestigationStatus;
import se.vardkedjan.casehandling.LifeArea;
import se.vardkedjan.sharedkernel.RuleViolation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InvestigationTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    private static final LocalDate INTAKE = TODAY.minusDays(20);

    @Test
    void aDraftTakesPartialContentWithoutTheCompletionRules() {
        var investigation = Investigation.open(CaseId.random());
        investigation.saveDraft(DecisionFixtures.draftContent(INTAKE.plusDays(1)), INTAKE, TODAY);

        assertThat(investigation.content().subject()).isEqualTo("Utredning påbörjad");
        assertThat(investigation.missing()).contains("casehandling.investigation.missing.participation",
                "casehandling.investigation.missing.life-area.alcohol", "casehandling.investigation.missing.assessment",
                "casehandling.investigation.missing.communication");
    }

    @Test
    void aDraftStillRefusesMarkupAndTooLongText() {
        var investigation = Investigation.open(CaseId.random());
        var markup = new InvestigationContent(null, "<script>alert(1)</script>", null, null, null, null, null, null,
                null, null);
        var tooLong = new InvestigationContent(null, null, null, null, null, null, null, "x".repeat(20_001), null,
                null);

        assertThatThrownBy(() -> investigation.saveDraft(markup, INTAKE, TODAY)).isInstanceOfSatisfying(
                RuleViolation.class, e -> assertThat(e.messageKey()).isEqualTo("casehandling.error.text-markup"));
        assertThatThrownBy(() -> investigation.saveDraft(tooLong, INTAKE, TODAY)).isInstanceOfSatisfying(
                RuleViolation.class, e -> assertThat(e.messageKey()).isEqualTo("casehandling.error.text-too-long"));
    }

    @Test
    void severityOutsideTheAsiScaleIsRefused() {
        var investigation = Investigation.open(CaseId.random());
        var content = new InvestigationContent(null, null, null,
                List.of(new InvestigationContent.Need(LifeArea.ALCOHOL, 10, null, null)), null, null, null, null, null,
                null);

        assertThatThrownBy(() -> investigation.saveDraft(content, INTAKE, TODAY)).isInstanceOfSatisfying(
                RuleViolation.class,
                e -> assertThat(e.messageKey()).isEqualTo("casehandling.investigation.error.severity-out-of-range"));
    }

    @Test
    void completingNeedsParticipationAndSaysSo() {
        var investigation = Investigation.open(CaseId.random());
        var full = DecisionFixtures.completeContent(INTAKE.plusDays(1), TODAY.minusDays(1));
        investigation.saveDraft(new InvestigationContent(full.startedOn(), full.subject(), full.sources(), full.needs(),
                full.children(), full.relatives(), null, full.assessment(), full.proposal(), full.communication()),
                INTAKE, TODAY);

        assertThatThrownBy(() -> investigation.complete(INTAKE, TODAY, "hl1")).isInstanceOfSatisfying(
                RuleViolation.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("casehandling.investigation.error.incomplete");
                    assertThat(e.arguments()).containsExactly("casehandling.investigation.missing.participation");
                });
        assertThat(investigation.status()).isEqualTo(InvestigationStatus.DRAFT);
    }

    @Test
    void everyLifeAreaMustBeAssessed() {
        var investigation = Investigation.open(CaseId.random());
        var full = DecisionFixtures.completeContent(INTAKE.plusDays(1), TODAY.minusDays(1));
        var needs = new ArrayList<>(full.needs());
        needs.removeIf(need -> need.area() == LifeArea.MENTAL_HEALTH);
        investigation.saveDraft(withNeeds(full, needs), INTAKE, TODAY);

        assertThat(investigation.missing()).containsExactly("casehandling.investigation.missing.life-area.mental-health");
    }

    @Test
    void eachChildsNeedsMustBeAssessedBeforeCompletion() {
        var investigation = Investigation.open(CaseId.random());
        var full = DecisionFixtures.completeContent(INTAKE.plusDays(1), TODAY.minusDays(1));
        var child = new InvestigationContent.Child(TODAY.getYear() - 5, "Son", "Bor med klienten", " ", null);
        investigation.saveDraft(new InvestigationContent(full.startedOn(), full.subject(), full.sources(),
                full.needs(), List.of(child), full.relatives(), full.participation(), full.assessment(),
                full.proposal(), full.communication()), INTAKE, TODAY);

        assertThat(investigation.missing()).containsExactly("casehandling.investigation.missing.child-assessment");
    }

    @Test
    void aCompleteInvestigationIsCompletedWithAnEvent() {
        var caseId = CaseId.random();
        var investigation = Investigation.open(caseId);
        investigation.saveDraft(DecisionFixtures.completeContent(INTAKE.plusDays(1), TODAY.minusDays(1)), INTAKE,
                TODAY);

        investigation.complete(INTAKE, TODAY, "hl1");

        assertThat(investigation.status()).isEqualTo(InvestigationStatus.COMPLETED);
        assertThat(investigation.events()).containsExactly(new InvestigationCompleted(caseId, investigation.id(),
                TODAY));
        assertThatThrownBy(() -> investigation.saveDraft(DecisionFixtures.draftContent(INTAKE), INTAKE, TODAY))
                .isInstanceOf(RuleViolation.class);
    }

    @Test
    void theStartCannotPrecedeTheIntakeNorTheCommunicationTheStart() {
        var investigation = Investigation.open(CaseId.random());

        assertThatThrownBy(() -> investigation.saveDraft(DecisionFixtures.draftContent(INTAKE.minusDays(1)), INTAKE,
                TODAY)).isInstanceOfSatisfying(RuleViolation.class,
                e -> assertThat(e.messageKey()).isEqualTo("casehandling.error.dates-in-wrong-order"));
        assertThatThrownBy(() -> investigation.saveDraft(DecisionFixtures.completeContent(INTAKE.plusDays(5),
                INTAKE.plusDays(4)), INTAKE, TODAY)).isInstanceOfSatisfying(RuleViolation.class,
                e -> assertThat(e.messageKey()).isEqualTo("casehandling.error.dates-in-wrong-order"));
        assertThatThrownBy(() -> investigation.saveDraft(DecisionFixtures.completeContent(INTAKE.plusDays(5),
                TODAY.plusDays(1)), INTAKE, TODAY)).isInstanceOfSatisfying(RuleViolation.class,
                e -> assertThat(e.messageKey()).isEqualTo("casehandling.error.date-in-future"));
    }

    private static InvestigationContent withNeeds(InvestigationContent c, List<InvestigationContent.Need> needs) {
        return new InvestigationContent(c.startedOn(), c.subject(), c.sources(), needs, c.children(), c.relatives(),
                c.participation(), c.assessment(), c.proposal(), c.communication());
    }
}
