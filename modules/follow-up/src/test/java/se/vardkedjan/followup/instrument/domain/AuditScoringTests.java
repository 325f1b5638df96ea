package se.vardkedjan.followup.instrument.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.vardkedjan.casehandling.Sex;
import se.vardkedjan.sharedkernel.RuleViolation;

import java.time.LocalDate;
import java.util.HashMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AuditScoringTests {

    private static final InstrumentDefinition AUDIT = Shipped.definition("audit-1.yaml");
    private static final LocalDate ON = LocalDate.of(2026, 6, 15);

    /** Born so that they are {@code age} on {@link #ON} (their birthday is the day before). */
    private static LocalDate bornFor(int age) {
        return ON.minusYears(age).minusDays(1);
    }

    /** Answers summing to {@code total}: fills items 1–8 with 4s, then the rest. */
    private static java.util.Map<String, String> totalling(int total) {
        var scores = new int[10];
        int left = total;
        for (int i = 0; i < 8; i++) {
            scores[i] = Math.min(4, left);
            left -= scores[i];
        }
        scores[8] = left >= 4 ? 4 : left >= 2 ? 2 : 0;
        left -= scores[8];
        scores[9] = left;
        return Shipped.byScores(scores);
    }

    @Test
    void theTotalIsTheSumOfTheTenItemsScoredAsPublished() {
        // Hand-computed: 1+2+3+4+0+1+2+3 = 16, item 9 "yes, not last year" = 2, item 10 "yes, last year" = 4 → 22.
        var score = AUDIT.score(Shipped.byScores(1, 2, 3, 4, 0, 1, 2, 3, 2, 4), Sex.MALE, bornFor(40), ON);

        assertThat(score.total()).isEqualTo(22);
        assertThat(score.band()).isEqualTo("DEPENDENCE");
        assertThat(AUDIT.highestTotal()).isEqualTo(40);
        assertThat(AUDIT.lowestTotal()).isZero();
    }

    @Test
    void itemsNineAndTenScoreOnlyNoughtTwoOrFour() {
        var answers = Shipped.byScores(0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
        answers.put("Q9", "A1");

        assertThatThrownBy(() -> AUDIT.score(answers, Sex.MALE, bornFor(40), ON))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("followup.instrument.error.unknown-option");
    }

    @ParameterizedTest(name = "{0} aged {1} scoring {2}: over the cut-off {3} ({4})")
    @CsvSource({
            "MALE, 40, 7, false, 8",
            "MALE, 40, 8, true, 8",
            "MALE, 40, 9, true, 8",
            "FEMALE, 40, 5, false, 6",
            "FEMALE, 40, 6, true, 6",
            "FEMALE, 40, 7, true, 6",
            "FEMALE, 64, 6, true, 6",
            "FEMALE, 65, 6, false, 7",
            "FEMALE, 64, 7, true, 6",
            "FEMALE, 65, 7, true, 7",
            "FEMALE, 65, 8, true, 7",
            "MALE, 64, 7, false, 8",
            "MALE, 65, 6, false, 7",
            "MALE, 65, 7, true, 7",
            "MALE, 65, 8, true, 7"
    })
    void theCutOffDependsOnSexAndAgeOnTheMeasurementDate(Sex sex, int age, int total, boolean over, int cutOff) {
        var score = AUDIT.score(totalling(total), sex, bornFor(age), ON);

        assertThat(score.total()).isEqualTo(total);
        assertThat(score.overCutOff()).isEqualTo(over);
        assertThat(score.cutOffUsed().value()).isEqualTo(cutOff);
    }

    @Test
    void theAgeIsTakenOnTheMeasurementDateSoThe65thBirthdayChangesTheCutOff() {
        var birth = LocalDate.of(1961, 6, 15);

        assertThat(AUDIT.score(totalling(6), Sex.FEMALE, birth, LocalDate.of(2026, 6, 14)).overCutOff()).isTrue();
        assertThat(AUDIT.score(totalling(6), Sex.FEMALE, birth, LocalDate.of(2026, 6, 15)).overCutOff()).isFalse();
    }

    @Test
    void aPersonOfUnknownSexUnder65IsNotJudgedAgainstACutOff() {
        var score = AUDIT.score(totalling(12), Sex.UNKNOWN, bornFor(40), ON);

        assertThat(score.overCutOff()).isNull();
        assertThat(score.cutOffUsed()).isNull();
        assertThat(score.band()).isEqualTo("RISKY");
    }

    @ParameterizedTest(name = "{0} is in band {1}")
    @CsvSource({"0, LOW", "7, LOW", "8, RISKY", "15, RISKY", "16, HARMFUL", "20, HARMFUL", "21, DEPENDENCE",
            "40, DEPENDENCE"})
    void theBandsAreThoseOfTheDomain(int total, String band) {
        assertThat(AUDIT.score(totalling(total), Sex.MALE, bornFor(30), ON).band()).isEqualTo(band);
    }

    @Test
    void anUnansweredItemIsRefusedNamingIt() {
        var answers = new HashMap<>(Shipped.byScores(1, 1, 1, 1, 1, 1, 1, 1, 0, 0));
        answers.remove("Q4");

        assertThatThrownBy(() -> AUDIT.score(answers, Sex.MALE, bornFor(40), ON))
                .isInstanceOfSatisfying(RuleViolation.class, rule -> assertThat(rule.getMessage())
                        .contains("followup.instrument.error.unanswered").contains("Q4"));
    }

    @Test
    void anAnswerToAnItemTheInstrumentDoesNotHaveIsRefused() {
        var answers = Shipped.byScores(0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
        answers.put("TOTAL", "A4");

        assertThatThrownBy(() -> AUDIT.score(answers, Sex.MALE, bornFor(40), ON))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("followup.instrument.error.unknown-item");
    }
}
