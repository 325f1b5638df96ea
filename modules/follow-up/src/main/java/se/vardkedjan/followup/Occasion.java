package se.vardkedjan.followup;

/** When in the care a measurement was taken: at the start (the baseline) or at a follow-up. */
public enum Occasion {
    BASELINE,
    FOLLOW_UP;

    /**
     * The text key of this value's name in the views.
     * ADR 0019: a whole literal per value; the exhaustive switch makes a new value name its text.
     */
    public String textKey() {
        return switch (this) {
            case BASELINE -> "followup.instrument.occasion.BASELINE";
            case FOLLOW_UP -> "followup.instrument.occasion.FOLLOW_UP";
        };
    }
}
