package se.vardkedjan.casehandling;

/** Who carries out an activity of a care plan. */
public enum ActivityPerformer {
    CLIENT,
    MUNICIPALITY,
    PROVIDER,
    RELATIVE,
    REGION;

    /**
     * The text key of this value's name in the views.
     * ADR 0019: a whole literal per value; the exhaustive switch makes a new value name its text.
     */
    public String textKey() {
        return switch (this) {
            case CLIENT -> "casehandling.plan.performer.CLIENT";
            case MUNICIPALITY -> "casehandling.plan.performer.MUNICIPALITY";
            case PROVIDER -> "casehandling.plan.performer.PROVIDER";
            case RELATIVE -> "casehandling.plan.performer.RELATIVE";
            case REGION -> "casehandling.plan.performer.REGION";
        };
    }
}
