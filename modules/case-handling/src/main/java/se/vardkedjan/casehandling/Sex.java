package se.vardkedjan.casehandling;

/** Legal sex as the identity number gives it (or as recorded for a reserve number); used for group statistics. */
public enum Sex {
    FEMALE,
    MALE,
    UNKNOWN;

    /**
     * The text key of this value's name in the views.
     * ADR 0019: a whole literal per value; the exhaustive switch makes a new value name its text.
     */
    public String textKey() {
        return switch (this) {
            case FEMALE -> "casehandling.staff.sex.FEMALE";
            case MALE -> "casehandling.staff.sex.MALE";
            case UNKNOWN -> "casehandling.staff.sex.UNKNOWN";
        };
    }
}
