package se.vardkedjan.followup.group;

import java.math.BigDecimal;
import java.util.List;

/**
 * A group table as the views and the exports show it, suppression applied (ADR 0031): a suppressed cell carries no
 * figure at all, so nothing downstream can show one by mistake.
 *
 * @param columns  the columns' keys (codes: a district's, a sex, an age group's …), with the total last when
 *                 {@code columnTotal}
 * @param rows     the rows, with the total row last when {@code rowTotal}
 * @param minimum  the smallest number of persons a shown figure rests on
 */
public record GroupTable(String measure, Dimension rowDimension, Dimension columnDimension, List<String> columns,
                         List<Row> rows, boolean rowTotal, boolean columnTotal, int minimum) {

    /** The key of a total row or column. */
    public static final String TOTAL = "TOTAL";

    public GroupTable {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    /** A row: its key and its cells in the columns' order. */
    public record Row(String key, List<Cell> cells) {
        public Row {
            cells = List.copyOf(cells);
        }
    }

    /**
     * A cell: its figure, or suppressed (no figure, no count), or not available: the figure cannot be worked out at
     * all (a share reliably improved for an instrument whose definition gives no reliable-change threshold, ADR 0029's
     * amendment), shown as "ej tillgängligt" with the reason, never as 0.
     */
    public record Cell(BigDecimal value, boolean suppressed, boolean notAvailable) {

        public static final Cell SUPPRESSED = new Cell(null, true);

        public static final Cell NOT_AVAILABLE = new Cell(null, false, true);

        public Cell {
            if (suppressed && value != null) {
                throw new IllegalArgumentException("A suppressed cell has no figure");
            }
            if (notAvailable && (value != null || suppressed)) {
                throw new IllegalArgumentException("A cell not available has no figure and is not suppressed");
            }
        }

        /** A figure, suppressed, or (value null) no figure. */
        public Cell(BigDecimal value, boolean suppressed) {
            this(value, suppressed, false);
        }

        /** A shown figure. */
        public static Cell of(BigDecimal value) {
            return new Cell(value, false);
        }
    }
}
