package se.vardkedjan.followup.instrument.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.vardkedjan.casehandling.Sex;
import se.vardkedjan.sharedkernel.RuleViolation;

import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DuditScoringTests {

    private static final InstrumentDefinition DUDIT = Shipped.definition("dudit-1.yaml");
    private static final LocalDate ON = LocalDate.of(2026, 3, 1);
    private static final LocalDate BORN = LocalDate.of(1990, 1, 1);

    /** Answers summing to {@code total}: fills items 1–9 with 4s, then items 10 and 11 with 0, 2 or 4. */
    private static Map<String, String> totalling(int total) {
        var scores = new int[11];
        int left = total;
        for (int i = 0; i < 9; i++) {
            scores[i] = Math.min(4, left);
            left -= scores[i];
        }
        for (int i = 9; i < 11; i++) {
            scores[i] = left >= 4 ? 4 : left >= 2 ? 2 : 0;
            left -= scores[i];
        }
        if (left != 0) {
            throw new IllegalArgumentException("no such total: " + total);
        }
        return Shipped.byScores(scores);
    }

    @Test
    void theTotalIsTheSumOfTheElevenItemsScoredAsPublished() {
        // Hand-computed: 4+3+2+1+0+1+2+3+4 = 20, item 10 "yes, not last year" = 2, item 11 "no" = 0 → 22.
        var score = DUDIT.score(Shipped.byScores(4, 3, 2, 1, 0, 1, 2, 3, 4, 2, 0), Sex.FEMALE, BORN, ON);

        assertThat(score.total()).isEqualTo(22);
        assertThat(DUDIT.highestTotal()).isEqualTo(44);
        assertThat(DUDIT.items()).hasSize(11);
    }

    @Test
    void itemsTenAndElevenScoreOnlyNoughtTwoOrFour() {
        var answers = Shipped.byScores(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
        answers.put("Q11", "A3");

        assertThatThrownBy(() -> DUDIT.score(answers, Sex.MALE, BORN, ON)).isInstanceOf(RuleViolation.class);
    }

    @ParameterizedTest(name = "{0} scoring {1}: over the cut-off {2}")
    @CsvSource({
            "FEMALE, 0, false", "FEMALE, 1, false", "FEMALE, 2, true", "FEMALE, 3, true",
            "MALE, 4, false", "MALE, 5, false", "MALE, 6, true", "MALE, 7, true"
    })
    void problemsAreLikelyFromTwoForWomenAndSixForMen(Sex sex, int total, boolean over) {
        var score = DUDIT.score(totalling(total), sex, BORN, ON);

        assertThat(score.total()).isEqualTo(total);
        assertThat(score.overCutOff()).isEqualTo(over);
        assertThat(score.cutOffUsed().value()).isEqualTo(sex == Sex.FEMALE ? 2 : 6);
    }

    @ParameterizedTest(name = "{0} is in band {1}")
    @CsvSource({"0, BELOW_HEAVY", "24, BELOW_HEAVY", "25, HEAVY_DEPENDENCE", "26, HEAVY_DEPENDENCE",
            "44, HEAVY_DEPENDENCE"})
    void heavyDependenceFrom25(int total, String band) {
        assertThat(DUDIT.score(totalling(total), Sex.MALE, BORN, ON).band()).isEqualTo(band);
    }
}
