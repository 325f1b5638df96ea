package se.vardkedjan.casehandling;

/** How the case's journal is sorted by event date. */
public enum JournalOrder {
    NEWEST_FIRST,
    OLDEST_FIRST;

    /**
     * The text key of this value's name in the views.
     * ADR 0019: a whole literal per value; the exhaustive switch makes a new value name its text.
     */
    public String textKey() {
        return switch (this) {
            case NEWEST_FIRST -> "casehandling.journal.order.NEWEST_FIRST";
            case OLDEST_FIRST -> "casehandling.journal.order.OLDEST_FIRST";
        };
    }
}
