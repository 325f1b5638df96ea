package se.vardkedjan.casehandling.domain;

import org.junit.jupiter.api.Test;
import se.vardkedjan.casehandling.ChildrenAnswer;
import se.vardkedjan.casehandling.CommunicationChannel;
import se.vardkedjan.casehandling.InvestigationStatus;
import se.vardkedjan.casehandling.LifeArea;
import se.vardkedjan.casehandling.ParticipationMode;
import se.vardkedjan.casehandling.RelativesAnswer;
import se.vardkedjan.casehandling.SourceKind;
import se.vardkedjan.casehandling.events.InvestigationCompleted;
import se.vardkedjan.sharedkernel.CaseId;
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
        investigation.saveDraft(draftContent(INTAKE.plusDays(1)), INTAKE, TODAY);

        assertThat(investigation.content().subject()).isEqualTo("Utredning påbörjad");
        assertThat(investigation.missing()).contains("casehandling.investigation.missing.participation",
                "casehandling.investigation.missing.life-area.alcohol", "casehandling.investigation.missing.assessment",
                "casehandling.investigation.missing.communication");
    }

    @Test
    void aDraftStillRefusesMarkupAndTooLongText() {
        var investigation = Investigation.open(CaseId.random());
        var markup = new Investigation.Content(null, "<script>alert(1)</script>", null, null, null, null, null, null,
                null, null);
        var tooLong = new Investigation.Content(null, null, null, null, null, null, null, "x".repeat(20_001), null,
                null);

        assertThatThrownBy(() -> investigation.saveDraft(markup, INTAKE, TODAY)).isInstanceOfSatisfying(
                RuleViolation.class, e -> assertThat(e.messageKey()).isEqualTo("casehandling.error.text-markup"));
        assertThatThrownBy(() -> investigation.saveDraft(tooLong, INTAKE, TODAY)).isInstanceOfSatisfying(
                RuleViolation.class, e -> assertThat(e.messageKey()).isEqualTo("casehandling.error.text-too-long"));
    }

    @Test
    void severityOutsideTheAsiScaleIsRefused() {
        var investigation = Investigation.open(CaseId.random());
        var content = new Investigation.Content(null, null, null,
                List.of(new Investigation.Need(LifeArea.ALCOHOL, 10, null, null)), null, null, null, null, null,
                null);

        assertThatThrownBy(() -> investigation.saveDraft(content, INTAKE, TODAY)).isInstanceOfSatisfying(
                RuleViolation.class,
                e -> assertThat(e.messageKey()).isEqualTo("casehandling.investigation.error.severity-out-of-range"));
    }

    @Test
    void completingNeedsParticipationAndSaysSo() {
        var investigation = Investigation.open(CaseId.random());
        var full = completeContent(INTAKE.plusDays(1), TODAY.minusDays(1));
        investigation.saveDraft(new Investigation.Content(full.startedOn(), full.subject(), full.sources(), full.needs(),
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
        var full = completeContent(INTAKE.plusDays(1), TODAY.minusDays(1));
        var needs = new ArrayList<>(full.needs());
        needs.removeIf(need -> need.area() == LifeArea.MENTAL_HEALTH);
        investigation.saveDraft(withNeeds(full, needs), INTAKE, TODAY);

        assertThat(investigation.missing()).containsExactly("casehandling.investigation.missing.life-area.mental-health");
    }

    @Test
    void eachChildsNeedsMustBeAssessedBeforeCompletion() {
        var investigation = Investigation.open(CaseId.random());
        var full = completeContent(INTAKE.plusDays(1), TODAY.minusDays(1));
        var child = new Investigation.Child(TODAY.getYear() - 5, "Son", "Bor med klienten", " ", null);
        investigation.saveDraft(new Investigation.Content(full.startedOn(), full.subject(), full.sources(),
                full.needs(), List.of(child), full.relatives(), full.participation(), full.assessment(),
                full.proposal(), full.communication()).withAnswers(ChildrenAnswer.HAS_CHILDREN, RelativesAnswer.NAMED),
                INTAKE, TODAY);

        assertThat(investigation.missing()).containsExactly("casehandling.investigation.missing.child-assessment");
    }

    @Test
    void theChildrenAnswerIsNeededAndAYesNeedsAChildNamedAndANoNoneNamed() {
        var full = completeContent(INTAKE.plusDays(1), TODAY.minusDays(1));
        var child = full.children().getFirst();

        assertThat(missingWith(withChildren(full, null, List.of()))).as("not asked")
                .containsExactly("casehandling.investigation.missing.children-answer");
        assertThat(missingWith(withChildren(full, null, List.of(child)))).as("a child named, but no answer")
                .containsExactly("casehandling.investigation.missing.children-answer");
        assertThat(missingWith(withChildren(full, ChildrenAnswer.HAS_CHILDREN, List.of())))
                .containsExactly("casehandling.investigation.missing.child-named");
        assertThat(missingWith(withChildren(full, ChildrenAnswer.NO_CHILDREN, List.of(child))))
                .containsExactly("casehandling.investigation.missing.children-answer-contradicted");
        assertThat(missingWith(withChildren(full, ChildrenAnswer.HAS_CHILDREN, List.of(child)))).isEmpty();
        assertThat(missingWith(withChildren(full, ChildrenAnswer.NO_CHILDREN, List.of()))).isEmpty();
    }

    @Test
    void theRelativesAnswerIsNeededAndNamedNeedsARelative() {
        var full = completeContent(INTAKE.plusDays(1), TODAY.minusDays(1));
        var relative = full.relatives().getFirst();

        assertThat(missingWith(withRelatives(full, null, List.of(relative)))).as("a relative named, but no answer")
                .containsExactly("casehandling.investigation.missing.relatives-answer");
        assertThat(missingWith(withRelatives(full, RelativesAnswer.NAMED, List.of())))
                .containsExactly("casehandling.investigation.missing.relative-named");
        assertThat(missingWith(withRelatives(full, RelativesAnswer.NONE, List.of(relative))))
                .containsExactly("casehandling.investigation.missing.relatives-answer-contradicted");
        assertThat(missingWith(withRelatives(full, RelativesAnswer.NAMED, List.of(relative)))).isEmpty();
        assertThat(missingWith(withRelatives(full, RelativesAnswer.NONE, List.of()))).isEmpty();
        assertThat(missingWith(withRelatives(full, RelativesAnswer.DECLINED, List.of()))).as("none named").isEmpty();
        assertThat(missingWith(withRelatives(full, RelativesAnswer.DECLINED, List.of(relative))))
                .as("named, but not to be involved").isEmpty();
    }

    @Test
    void completingWithoutAnAnswerIsRefusedWithIt() {
        var investigation = Investigation.open(CaseId.random());
        var full = completeContent(INTAKE.plusDays(1), TODAY.minusDays(1));
        investigation.saveDraft(withRelatives(full, null, full.relatives()), INTAKE, TODAY);

        assertThatThrownBy(() -> investigation.complete(INTAKE, TODAY, "hl1")).isInstanceOfSatisfying(
                RuleViolation.class, e -> assertThat(e.arguments())
                        .containsExactly("casehandling.investigation.missing.relatives-answer"));
        assertThat(investigation.status()).isEqualTo(InvestigationStatus.DRAFT);

        investigation.saveDraft(withRelatives(full, RelativesAnswer.NONE, List.of()), INTAKE, TODAY);
        investigation.complete(INTAKE, TODAY, "hl1");
        assertThat(investigation.status()).isEqualTo(InvestigationStatus.COMPLETED);
        assertThat(investigation.content().relativesAnswer()).isEqualTo(RelativesAnswer.NONE);
    }

    private static List<String> missingWith(Investigation.Content content) {
        var investigation = Investigation.open(CaseId.random());
        investigation.saveDraft(content, INTAKE, TODAY);
        return investigation.missing();
    }

    @Test
    void aCompleteInvestigationIsCompletedWithAnEvent() {
        var caseId = CaseId.random();
        var investigation = Investigation.open(caseId);
        investigation.saveDraft(completeContent(INTAKE.plusDays(1), TODAY.minusDays(1)), INTAKE,
                TODAY);

        investigation.complete(INTAKE, TODAY, "hl1");

        assertThat(investigation.status()).isEqualTo(InvestigationStatus.COMPLETED);
        assertThat(investigation.events()).containsExactly(new InvestigationCompleted(caseId, investigation.id(),
                TODAY));
        assertThatThrownBy(() -> investigation.saveDraft(draftContent(INTAKE), INTAKE, TODAY))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.messageKey())
                        .isEqualTo("casehandling.investigation.error.already-completed"));
        assertThat(investigation.status()).isEqualTo(InvestigationStatus.COMPLETED);
    }

    @Test
    void theStartCannotPrecedeTheIntakeNorTheCommunicationTheStart() {
        var investigation = Investigation.open(CaseId.random());

        assertThatThrownBy(() -> investigation.saveDraft(draftContent(INTAKE.minusDays(1)), INTAKE,
                TODAY)).isInstanceOfSatisfying(RuleViolation.class,
                e -> assertThat(e.messageKey()).isEqualTo("casehandling.error.dates-in-wrong-order"));
        assertThatThrownBy(() -> investigation.saveDraft(completeContent(INTAKE.plusDays(5),
                INTAKE.plusDays(4)), INTAKE, TODAY)).isInstanceOfSatisfying(RuleViolation.class,
                e -> assertThat(e.messageKey()).isEqualTo("casehandling.error.dates-in-wrong-order"));
        assertThatThrownBy(() -> investigation.saveDraft(completeContent(INTAKE.plusDays(5),
                TODAY.plusDays(1)), INTAKE, TODAY)).isInstanceOfSatisfying(RuleViolation.class,
                e -> assertThat(e.messageKey()).isEqualTo("casehandling.error.date-in-future"));
    }

    private static Investigation.Content withNeeds(Investigation.Content c, List<Investigation.Need> needs) {
        return new Investigation.Content(c.startedOn(), c.subject(), c.sources(), needs, c.children(), c.relatives(),
                c.participation(), c.assessment(), c.proposal(), c.communication())
                .withAnswers(c.childrenAnswer(), c.relativesAnswer());
    }

    /** A complete content, as {@code DecisionFixtures.completeContent} gives the facade. */
    private static Investigation.Content completeContent(LocalDate startedOn, LocalDate communicatedOn) {
        var needs = java.util.Arrays.stream(LifeArea.values())
                .map(area -> new Investigation.Need(area, 4, "Jag klarar det mesta själv.", 2)).toList();
        return new Investigation.Content(startedOn, "Behov av stöd för alkoholproblem",
                List.of(new Investigation.Source(SourceKind.CLIENT, "Berättar om sitt drickande.", startedOn)), needs,
                List.of(new Investigation.Child(LocalDate.now().getYear() - 8, "Dotter", "Umgänge varannan helg",
                        "Barnet bor hos andra föräldern; inga skyddsbehov.", null)),
                List.of(new Investigation.Relative("Bo Bror", "Bror", "070-111 22 33", true)),
                new Investigation.Participation(ParticipationMode.MEETING, "Jag vill få ordning på mitt liv."),
                "Behov av öppenvård föreligger.", "Öppenvård beviljas.",
                new Investigation.Communication(communicatedOn, CommunicationChannel.MEETING, "Håller med."),
                ChildrenAnswer.HAS_CHILDREN, RelativesAnswer.NAMED);
    }

    private static Investigation.Content withChildren(Investigation.Content c, ChildrenAnswer answer,
                                                      List<Investigation.Child> children) {
        return new Investigation.Content(c.startedOn(), c.subject(), c.sources(), c.needs(), children, c.relatives(),
                c.participation(), c.assessment(), c.proposal(), c.communication(), answer, c.relativesAnswer());
    }

    private static Investigation.Content withRelatives(Investigation.Content c, RelativesAnswer answer,
                                                       List<Investigation.Relative> relatives) {
        return new Investigation.Content(c.startedOn(), c.subject(), c.sources(), c.needs(), c.children(), relatives,
                c.participation(), c.assessment(), c.proposal(), c.communication(), c.childrenAnswer(), answer);
    }

    /** A draft with only a start date and a subject. */
    private static Investigation.Content draftContent(LocalDate startedOn) {
        return new Investigation.Content(startedOn, "Utredning påbörjad", List.of(), List.of(), List.of(), List.of(),
                null, null, null, null);
    }
}
