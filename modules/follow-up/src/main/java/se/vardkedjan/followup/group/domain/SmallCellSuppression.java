package se.vardkedjan.followup.group.domain;

/**
 * Small-cell suppression of a table of counts of distinct persons (ADR 0031). A figure resting on fewer than the
 * minimum number of persons is not shown, nor is any figure from which one could be worked out.
 *
 * <p>The table is given as a matrix of person counts whose last row and last column may be the totals (margins). The
 * rule, applied until nothing changes:
 * <ol>
 * <li><b>Primary</b>: every cell, totals included, resting on at least one person but fewer than the minimum is
 *     suppressed. A cell of no one (0) is shown: it describes no person (Socialstyrelsen's tables show 0 and hide
 *     1 to 4 in the same way).</li>
 * <li><b>Secondary</b>: when a table has margins, every line (a row with its total, a column with its total) that has
 *     exactly one suppressed cell gets a second one: the unsuppressed cell of that line with the fewest persons, not
 *     counting cells of no one (hiding a 0 protects nothing), the first such cell on a tie; this may be the line's
 *     total. One suppressed cell in a line could otherwise be had as the total less the others.
 *     </li>
 * </ol>
 * Lines without a total (a table without margins in that direction) give nothing away by subtraction and get no
 * secondary suppression. Counts of distinct persons are not strictly additive (a person may count in two cells), so
 * the rule is more careful than it needs to be, never less.
 */
public final class SmallCellSuppression {

    private final int minimum;

    public SmallCellSuppression(int minimum) {
        if (minimum < 1) {
            throw new IllegalArgumentException("The minimum number of persons is at least 1");
        }
        this.minimum = minimum;
    }

    public int minimum() {
        return minimum;
    }

    /**
     * @param persons       the persons behind each cell, rows by columns, all rows of one length
     * @param rowTotals     whether the last column holds each row's total
     * @param columnTotals  whether the last row holds each column's total
     * @return the suppressed cells, of the same shape
     */
    public boolean[][] suppress(long[][] persons, boolean rowTotals, boolean columnTotals) {
        int rows = persons.length;
        int columns = rows == 0 ? 0 : persons[0].length;
        var hidden = new boolean[rows][columns];
        for (int r = 0; r < rows; r++) {
            if (persons[r].length != columns) {
                throw new IllegalArgumentException("Rows of different lengths");
            }
            for (int c = 0; c < columns; c++) {
                hidden[r][c] = persons[r][c] > 0 && persons[r][c] < minimum;
            }
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            if (rowTotals && columns > 1) {
                for (int r = 0; r < rows; r++) {
                    changed |= secondInLine(persons, hidden, r, -1);
                }
            }
            if (columnTotals && rows > 1) {
                for (int c = 0; c < columns; c++) {
                    changed |= secondInLine(persons, hidden, -1, c);
                }
            }
        }
        return hidden;
    }

    /** Suppresses a second cell in the row (column < 0) or column (row < 0) when it has exactly one; true if so. */
    private static boolean secondInLine(long[][] persons, boolean[][] hidden, int row, int column) {
        int length = row >= 0 ? persons[row].length : persons.length;
        int suppressed = 0;
        int smallest = -1;
        long fewest = Long.MAX_VALUE;
        for (int i = 0; i < length; i++) {
            int r = row >= 0 ? row : i;
            int c = row >= 0 ? i : column;
            if (hidden[r][c]) {
                suppressed++;
            } else if (persons[r][c] > 0 && persons[r][c] < fewest) {
                fewest = persons[r][c];
                smallest = i;
            }
        }
        if (suppressed != 1 || smallest < 0) {
            return false;
        }
        if (row >= 0) {
            hidden[row][smallest] = true;
        } else {
            hidden[smallest][column] = true;
        }
        return true;
    }
}
