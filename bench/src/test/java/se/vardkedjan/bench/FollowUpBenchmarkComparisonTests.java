package se.vardkedjan.bench;

import org.junit.jupiter.api.Test;
import se.vardkedjan.followup.group.Dimension;
import se.vardkedjan.followup.group.GroupTable;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The benchmark's check that the facade and the hand-written SQL give the same figures
 * ({@link FollowUpBenchmark#sameFigures}) stops a run when a hand-written SQL is wrong: a figure that differs, a row
 * missing or too many; only the cells the facade suppresses are not compared.
 */
class FollowUpBenchmarkComparisonTests {

    /** AUDIT change by intervention type as the facade gives it: one row suppressed, the total shown. */
    private static final GroupTable TABLE = new GroupTable("AUDIT_CHANGE", Dimension.INTERVENTION_TYPE,
            Dimension.NONE, List.of("ALL"), List.of(
                    new GroupTable.Row("HOUSING", List.of(GroupTable.Cell.of(new BigDecimal("-2.4")))),
                    new GroupTable.Row("TREATMENT", List.of(GroupTable.Cell.SUPPRESSED)),
                    new GroupTable.Row(GroupTable.TOTAL, List.of(GroupTable.Cell.of(new BigDecimal("-1.9"))))),
            true, false, 5);

    @Test
    void theSameFiguresPassAndASuppressedCellIsNotCompared() {
        assertThatCode(() -> FollowUpBenchmark.sameFigures("AUDIT change", TABLE, List.of(
                hand("HOUSING", "-2.40"), hand("TREATMENT", "7.0"), hand(GroupTable.TOTAL, "-1.9"))))
                .doesNotThrowAnyException();
    }

    @Test
    void aFigureThatDiffersStopsTheRun() {
        // e.g. a hand-written SQL that takes the first follow-up instead of the latest
        assertThatThrownBy(() -> FollowUpBenchmark.sameFigures("AUDIT change", TABLE, List.of(
                hand("HOUSING", "-2.4"), hand("TREATMENT", "7.0"), hand(GroupTable.TOTAL, "-2.0"))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("row TOTAL").hasMessageContaining("-1.9").hasMessageContaining("-2.0");
    }

    @Test
    void aRowMissingOrTooManyStopsTheRun() {
        // e.g. a hand-written SQL that drops the outcomes attributed to no intervention, or adds a row for them
        assertThatThrownBy(() -> FollowUpBenchmark.sameFigures("AUDIT change", TABLE, List.of(
                hand("HOUSING", "-2.4"), hand(GroupTable.TOTAL, "-1.9"))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("rows");
        assertThatThrownBy(() -> FollowUpBenchmark.sameFigures("AUDIT change", TABLE, List.of(
                hand("HOUSING", "-2.4"), hand("TREATMENT", "7.0"), hand("", "0.5"), hand(GroupTable.TOTAL, "-1.9"))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("rows");
    }

    private static FollowUpBenchmark.HandRow hand(String key, String figure) {
        return new FollowUpBenchmark.HandRow(key, List.of(new BigDecimal(figure)));
    }
}
