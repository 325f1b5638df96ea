package se.vardkedjan.followup.group.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Small-cell suppression: primary and secondary, worked out by hand for each table (ADR 0031). */
class SmallCellSuppressionTest {

    private final SmallCellSuppression five = new SmallCellSuppression(5);

    @Test
    void aCellOfOneToFourPersonsIsSuppressedAndZeroAndFiveAreShown() {
        var hidden = five.suppress(new long[][] {{0}, {1}, {4}, {5}, {12}}, false, false);

        assertThat(hidden).isDeepEqualTo(new boolean[][] {{false}, {true}, {true}, {false}, {false}});
    }

    @Test
    void aRowWithOneSuppressedCellAndItsTotalLosesItsNextSmallestCellTooSoTheCellCannotBeSubtracted() {
        // women, men, total: 3 men could be had as 20 - 17
        var hidden = five.suppress(new long[][] {{17, 3, 20}}, true, false);

        assertThat(hidden).isDeepEqualTo(new boolean[][] {{true, true, false}});
    }

    @Test
    void theSecondCellIsTheTotalWhenEveryOtherCellIsZero() {
        // a single small cell and zeros: the total would give it away, so the total goes
        var hidden = five.suppress(new long[][] {{0, 3, 3}}, true, false);

        assertThat(hidden).isDeepEqualTo(new boolean[][] {{false, true, true}});
    }

    @Test
    void suppressionSpreadsThroughRowsAndColumnsUntilNoLineHasASingleHiddenCell() {
        // districts by sex with totals, worked by hand:
        //   D1: 6 6 | 12   D2: 5 2 | 7   D3: 0 7 | 7   total: 11 15 | 26
        // D2's men (2) primary; row D2 → D2's women (5, fewer than the total 7); column women → D1's women (6,
        // fewer than the total 11; D3's 0 hides nothing); column men → D1's men (6, fewer than D3's 7); every line
        // now has none or at least two hidden: done.
        var hidden = five.suppress(new long[][] {
                {6, 6, 12},
                {5, 2, 7},
                {0, 7, 7},
                {11, 15, 26}}, true, true);

        assertThat(hidden).isDeepEqualTo(new boolean[][] {
                {true, true, false},
                {true, true, false},
                {false, false, false},
                {false, false, false}});
    }

    @Test
    void aColumnOfRowsWithItsTotalHidesTheNextSmallestRow() {
        // documentation per unit: 12, 3, 7 cases' persons, total 22 → 3 primary, 7 secondary
        var hidden = five.suppress(new long[][] {{12}, {3}, {7}, {22}}, false, true);

        assertThat(hidden).isDeepEqualTo(new boolean[][] {{false}, {true}, {true}, {false}});
    }

    @Test
    void withoutTotalsNothingCanBeSubtractedSoOnlyTheSmallCellsGo() {
        var hidden = five.suppress(new long[][] {{6, 2}, {9, 8}}, false, false);

        assertThat(hidden).isDeepEqualTo(new boolean[][] {{false, true}, {false, false}});
    }

    @Test
    void aTableWithNoSmallCellIsShownWhole() {
        var hidden = five.suppress(new long[][] {{5, 6, 11}, {7, 8, 15}, {12, 14, 26}}, true, true);

        assertThat(hidden).isDeepEqualTo(new boolean[3][3]);
    }

    @Test
    void theMinimumIsAtLeastOne() {
        assertThatThrownBy(() -> new SmallCellSuppression(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
