package se.vardkedjan.accesslog;

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
            case READ -> "accesslog.access-kind.READ";
            case CHANGE -> "accesslog.access-kind.CHANGE";
        };
    }
}
