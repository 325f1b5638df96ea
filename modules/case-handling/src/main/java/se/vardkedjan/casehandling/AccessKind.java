package se.vardkedjan.casehandling;

/** What an access-log row records: a read, or a change (which includes creating and signing). */
public enum AccessKind {
    READ,
    CHANGE;

    /**
     * The text key of this value's name in the views.
     * ADR 0019: a whole literal per value; the exhaustive switch makes a new value name its text.
     */
    public String textKey() {
        return switch (this) {
            case READ -> "casehandling.staff.access-kind.READ";
            case CHANGE -> "casehandling.staff.access-kind.CHANGE";
        };
    }
}
