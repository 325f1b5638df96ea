package se.vardkedjan.casehandling;

/** What a decision says about one applied-for intervention. Anything but GRANTED needs reasons and appeal information. */
public enum DecisionOutcome {
    GRANTED,
    PARTLY_GRANTED,
    REFUSED;

    public boolean grantsHelp() {
        return this != REFUSED;
    }

    /**
     * The text key of this value's name in the views.
     * ADR 0019: a whole literal per value; the exhaustive switch makes a new value name its text.
     */
    public String textKey() {
        return switch (this) {
            case GRANTED -> "casehandling.decision.outcome.GRANTED";
            case PARTLY_GRANTED -> "casehandling.decision.outcome.PARTLY_GRANTED";
            case REFUSED -> "casehandling.decision.outcome.REFUSED";
        };
    }
}
