package se.vardkedjan.accesslog;

/** Why an access-log row may deserve a unit manager's second look. */
public enum AccessHint {
    /** The person had no case in the user's units (e.g. found by search). */
    OUTSIDE_UNITS,
    /** The person has a protected identity. */
    PROTECTED_IDENTITY,
    /** Outside 07–19 on weekdays (Swedish time), or at a weekend. */
    UNUSUAL_HOURS,
    /** The user opened many different persons within ten minutes. */
    MANY_PERSONS;

    /**
     * The text key of this value's name in the views.
     * ADR 0019: a whole literal per value; the exhaustive switch makes a new value name its text.
     */
    public String textKey() {
        return switch (this) {
            case OUTSIDE_UNITS -> "accesslog.hint.OUTSIDE_UNITS";
            case PROTECTED_IDENTITY -> "accesslog.hint.PROTECTED_IDENTITY";
            case UNUSUAL_HOURS -> "accesslog.hint.UNUSUAL_HOURS";
            case MANY_PERSONS -> "accesslog.hint.MANY_PERSONS";
        };
    }
}
