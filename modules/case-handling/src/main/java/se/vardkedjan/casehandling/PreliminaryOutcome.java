package se.vardkedjan.casehandling;

/** The outcome of the preliminary assessment (förhandsbedömning). */
public enum PreliminaryOutcome {
    OPEN_INVESTIGATION,
    NO_INVESTIGATION;

    /**
     * The text key of this value's name in the views.
     * ADR 0019: a whole literal per value; the exhaustive switch makes a new value name its text.
     */
    public String textKey() {
        return switch (this) {
            case OPEN_INVESTIGATION -> "casehandling.staff.outcome.OPEN_INVESTIGATION";
            case NO_INVESTIGATION -> "casehandling.staff.outcome.NO_INVESTIGATION";
        };
    }
}
