package se.vardkedjan.followup.group;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A group table as the page shows its figures, for the indicator tests to compare with the figures they work out by
 * hand: "–" for a suppressed cell, "n/a" for one that cannot be worked out, "" for an empty one.
 */
final class GroupTableFigures {

    private GroupTableFigures() {
    }

    /** A one-column table as row key → shown figure. */
    static Map<String, String> column(GroupTable table) {
        var result = new LinkedHashMap<String, String>();
        for (var row : table.rows()) {
            result.put(row.key(), shown(row.cells().getFirst()));
        }
        return result;
    }

    /** Every row as row key → its shown figures in column order. */
    static Map<String, List<String>> cells(GroupTable table) {
        var result = new LinkedHashMap<String, List<String>>();
        for (var row : table.rows()) {
            result.put(row.key(), row.cells().stream().map(GroupTableFigures::shown).toList());
        }
        return result;
    }

    static String shown(GroupTable.Cell cell) {
        return cell.suppressed() ? "–" : cell.notAvailable() ? "n/a" : cell.value() == null ? ""
                : cell.value().toPlainString();
    }

    /** An ordered map from alternating keys and values, for the expected figures. */
    @SuppressWarnings("unchecked")
    static <V> Map<String, V> map(Object... keysAndValues) {
        var result = new LinkedHashMap<String, V>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            result.put((String) keysAndValues[i], (V) keysAndValues[i + 1]);
        }
        return result;
    }
}
