package se.vardkedjan.followup.instrument.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.vardkedjan.casehandling.LifeArea;
import se.vardkedjan.casehandling.Sex;
import se.vardkedjan.sharedkernel.RuleViolation;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AsiScoringTests {

    private static final InstrumentDefinition ASI = Shipped.definition("asi-1.yaml");
    private static final LocalDate ON = LocalDate.of(2026, 3, 1);

    private static Map<String, String> severities(int each) {
        var answers = new HashMap<String, String>();
        for (var area : LifeArea.values()) {
            answers.put(area.name() + "_SEVERITY", String.valueOf(each));
        }
        return answers;
    }

    @Test
    void everyLifeAreaOfTheInvestigationHasASeverityAndAClientRating() {
        for (var area : LifeArea.values()) {
            assertThat(ASI.item(area.name() + "_SEVERITY")).get().satisfies(i -> {
                assertThat(i.min()).isZero();
                assertThat(i.max()).isEqualTo(9);
            });
            assertThat(ASI.item(area.name() + "_CLIENT")).get().satisfies(i -> {
                assertThat(i.min()).isZero();
                assertThat(i.max()).isEqualTo(4);
                assertThat(i.required()).isFalse();
            });
        }
    }

    @Test
    void theTotalSumsTheSeveritiesAndEachAreaIsASubScoreWithItsBand() {
        var answers = severities(0);
        answers.put("ALCOHOL_SEVERITY", "7");
        answers.put("DRUGS_SEVERITY", "2");
        answers.put("MENTAL_HEALTH_SEVERITY", "5");
        answers.put("ALCOHOL_CLIENT", "3");

        var score = ASI.score(answers, Sex.MALE, null, ON);

        assertThat(score.total()).isEqualTo(14);
        assertThat(score.subScores()).containsEntry("ALCOHOL", 7).containsEntry("ALCOHOL_CLIENT", 3)
                .doesNotContainKey("DRUGS_CLIENT");
        assertThat(score.subScoreBands()).containsEntry("ALCOHOL", "CONSIDERABLE").containsEntry("DRUGS", "SLIGHT")
                .containsEntry("MENTAL_HEALTH", "MODERATE").containsEntry("LEGAL", "NONE");
        assertThat(score.overCutOff()).isNull();
    }

    @ParameterizedTest(name = "severity {0} is {1}")
    @CsvSource({"0, NONE", "1, NONE", "2, SLIGHT", "3, SLIGHT", "4, MODERATE", "5, MODERATE", "6, CONSIDERABLE",
            "7, CONSIDERABLE", "8, EXTREME", "9, EXTREME"})
    void theSeverityBandsAreThoseOfTheAsi(int severity, String band) {
        var answers = severities(0);
        answers.put("LEGAL_SEVERITY", String.valueOf(severity));

        assertThat(ASI.score(answers, Sex.FEMALE, null, ON).subScoreBands()).containsEntry("LEGAL", band);
    }

    @Test
    void aSeverityOutsideNoughtToNineIsRefused() {
        var answers = severities(0);
        answers.put("LEGAL_SEVERITY", "10");

        assertThatThrownBy(() -> ASI.score(answers, Sex.FEMALE, null, ON))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("out-of-range");
    }

    @Test
    void aMissingSeverityIsRefusedButAMissingClientRatingIsNot() {
        var answers = severities(3);
        answers.remove("WORK_AND_INCOME_SEVERITY");

        assertThatThrownBy(() -> ASI.score(answers, Sex.FEMALE, null, ON))
                .hasMessageContaining("WORK_AND_INCOME_SEVERITY");
        assertThat(ASI.score(severities(3), Sex.FEMALE, null, ON).total()).isEqualTo(21);
    }
}
