package se.vardkedjan.accesslog;

import se.vardkedjan.sharedkernel.RuleViolation;

import java.util.List;
import java.util.Objects;

/**
 * The order of a review's lines ({@link AccessLog#searchVisits}): one of a fixed set of keys, ascending or descending.
 * The database sorts; the key picks one of the module's own ORDER BY clauses and nothing of the caller's text ever
 * becomes SQL. A key the module does not know is refused in words ({@link #of}).
 *
 * <p>What a line read and its purpose are stored as codes, while the reader sees texts: {@code textOrder} lists the
 * codes (parts or purposes) in the order of the reader's texts, so that the database sorts them as the reader reads
 * them (passed as a parameter; a code not in the list sorts after those that are). Lines with the same value keep the
 * newest first.
 *
 * @param key        what to sort by
 * @param descending whether the largest (newest, last in the alphabet, most hints) comes first
 * @param textOrder  for {@link Key#WHAT} and {@link Key#PURPOSE}: the codes in the order of their texts; else empty
 */
public record AccessLogSort(Key key, boolean descending, List<String> textOrder) {

    /** The columns a review sorts by. */
    public enum Key {
        /** When the page was opened. */
        TIME,
        /** The user's name as the row recorded it, then the username. */
        USER,
        /**
         * The person: lines about one person together (by the person's pseudonymous id, which reveals nothing about
         * a protected person, where sorting by name would).
         */
        PERSON,
        /** What the page read or changed: by its first part, in the order of the parts' texts, then by kind. */
        WHAT,
        /** The purpose, in the order of its texts. */
        PURPOSE,
        /** How many hints the line has. */
        HINTS
    }

    public AccessLogSort {
        Objects.requireNonNull(key);
        textOrder = textOrder == null ? List.of() : List.copyOf(textOrder);
    }

    /** The review's own order: newest first. */
    public static AccessLogSort newestFirst() {
        return new AccessLogSort(Key.TIME, true, List.of());
    }

    /**
     * The order a grid column asks for by its key ({@code time}, {@code user}, {@code person}, {@code what},
     * {@code purpose}, {@code hints}); any other key is refused with a text-keyed {@link RuleViolation}.
     */
    public static AccessLogSort of(String columnKey, boolean descending, List<String> textOrder) {
        var key = switch (columnKey == null ? "" : columnKey) {
            case "time" -> Key.TIME;
            case "user" -> Key.USER;
            case "person" -> Key.PERSON;
            case "what" -> Key.WHAT;
            case "purpose" -> Key.PURPOSE;
            case "hints" -> Key.HINTS;
            default -> throw new RuleViolation("accesslog.error.unknown-sort-key");
        };
        return new AccessLogSort(key, descending, textOrder);
    }
}
