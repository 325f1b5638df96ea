package se.vardkedjan.dev.demo;

import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * Generated rows for one table, gathered column by column and written with one
 * {@code INSERT ... SELECT FROM unnest(array, array, ...)} per batch: a national-scale run writes millions of rows,
 * and one statement per few thousand rows is close to COPY's speed with nothing but plain JDBC (each column travels
 * as one text array and is cast to its type in SQL). Rows are kept until {@link #flush()}, so the generator decides
 * the order in which tables are written (a row's foreign keys must be there first).
 */
final class TableRows {

    private static final int BATCH = 5_000;

    private final String table;
    private final String[] columns;
    private final String sql;
    private final List<String[]> rows = new ArrayList<>();
    private long written;

    /**
     * @param table   the table, e.g. {@code casehandling.journal_entries}
     * @param columns each column as {@code name:type}, e.g. {@code id:uuid}, {@code event_date:date}
     */
    TableRows(String table, String... columns) {
        this(table, false, columns);
    }

    /**
     * @param overriding whether the rows carry their own values for a {@code GENERATED ALWAYS} identity column
     *                   ({@code OVERRIDING SYSTEM VALUE}; the values drawn from the column's own sequence)
     */
    TableRows(String table, boolean overriding, String... columns) {
        this.table = table;
        this.columns = columns;
        var names = new StringBuilder();
        var arrays = new StringBuilder();
        for (var column : columns) {
            var parts = column.split(":");
            names.append(names.isEmpty() ? "" : ", ").append(parts[0]);
            arrays.append(arrays.isEmpty() ? "" : ", ").append("CAST(? AS ").append(parts[1]).append("[])");
        }
        this.sql = "INSERT INTO " + table + " (" + names + ")" + (overriding ? " OVERRIDING SYSTEM VALUE" : "")
                + " SELECT * FROM unnest(" + arrays + ")";
    }

    /** Adds one row, its values in the order of the columns: strings, numbers, booleans, UUIDs, dates, instants. */
    void add(Object... values) {
        if (values.length != columns.length) {
            throw new IllegalArgumentException(table + " takes " + columns.length + " values, not " + values.length);
        }
        var row = new String[values.length];
        for (var i = 0; i < values.length; i++) {
            row[i] = text(values[i]);
        }
        rows.add(row);
    }

    /** Writes the gathered rows, a batch per statement. */
    void flush(JdbcTemplate jdbc) {
        for (var from = 0; from < rows.size(); from += BATCH) {
            var to = Math.min(rows.size(), from + BATCH);
            var arrays = new Object[columns.length];
            for (var c = 0; c < columns.length; c++) {
                var column = new String[to - from];
                for (var r = from; r < to; r++) {
                    column[r - from] = rows.get(r)[c];
                }
                arrays[c] = column;
            }
            jdbc.update(sql, arrays);
        }
        written += rows.size();
        rows.clear();
    }

    long written() {
        return written;
    }

    private static String text(Object value) {
        return switch (value) {
            case null -> null;
            case String s -> s;
            case Boolean b -> b ? "t" : "f";
            case UUID u -> u.toString();
            case LocalDate d -> d.toString();
            case Instant i -> i.toString();
            case Number n -> n.toString();
            case Enum<?> e -> e.name();
            default -> throw new IllegalArgumentException("No column text for " + value.getClass());
        };
    }

    @Override
    public String toString() {
        return table + Arrays.toString(columns);
    }
}
