package se.vardkedjan.followup.instrument.domain;

import org.junit.jupiter.api.Test;
import se.vardkedjan.casehandling.Sex;
import se.vardkedjan.sharedkernel.RuleViolation;

import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GoalAttainmentScoringTests {

    private static final InstrumentDefinition GOAL = Shipped.definition("goal-attainment-1.yaml");
    private static final LocalDate ON = LocalDate.of(2026, 3, 1);

    @Test
    void reachedPartlyAndNotReachedAreTheTotalAndItsBand() {
        assertThat(GOAL.score(Map.of("ATTAINMENT", "REACHED"), Sex.MALE, null, ON))
                .satisfies(s -> assertThat(s.total()).isEqualTo(2))
                .satisfies(s -> assertThat(s.band()).isEqualTo("REACHED"));
        assertThat(GOAL.score(Map.of("ATTAINMENT", "PARTLY"), Sex.MALE, null, ON).band()).isEqualTo("PARTLY");
        assertThat(GOAL.score(Map.of("ATTAINMENT", "NOT_REACHED"), Sex.MALE, null, ON).total()).isZero();
    }

    @Test
    void theClientsRatingNoughtToTenIsASubScoreThatMayBeLeftOut() {
        var score = GOAL.score(Map.of("ATTAINMENT", "PARTLY", "CLIENT_RATING", "7"), Sex.FEMALE, null, ON);

        assertThat(score.total()).isEqualTo(1);
        assertThat(score.subScores()).containsEntry("CLIENT_RATING", 7);
        assertThat(GOAL.score(Map.of("ATTAINMENT", "PARTLY"), Sex.FEMALE, null, ON).subScores()).isEmpty();
        assertThatThrownBy(() -> GOAL.score(Map.of("ATTAINMENT", "PARTLY", "CLIENT_RATING", "11"), Sex.FEMALE,
                null, ON)).isInstanceOf(RuleViolation.class);
    }

    @Test
    void goingFromNotReachedToReachedIsBetter() {
        assertThat(GOAL.change(0, 2).way()).isEqualTo(Change.Way.BETTER);
        assertThat(GOAL.change(0, 2).reliable()).isFalse();
    }
}
