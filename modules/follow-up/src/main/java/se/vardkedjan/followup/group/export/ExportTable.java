package se.vardkedjan.followup.group.export;

import java.math.BigDecimal;
import java.util.List;

/**
 * A group table as it is exported: its title, the column headings and the rows as shown, each cell a figure
 * ({@link BigDecimal}) or a text (a row's label, or "–" for a suppressed cell: suppression was applied before, so no
 * suppressed figure reaches an export), and a note under the table (what "–" means, the period, the last refresh).
 */
public record ExportTable(String title, List<String> header, List<List<Object>> rows, List<String> notes) {

    public ExportTable {
        header = List.copyOf(header);
        rows = rows.stream().map(row -> {
            for (var cell : row) {
                if (!(cell instanceof String) && !(cell instanceof BigDecimal)) {
                    throw new IllegalArgumentException("A cell is a text or a figure");
                }
            }
            return List.copyOf(row);
        }).toList();
        notes = List.copyOf(notes);
    }
}
