package se.vardkedjan.followup;

/**
 * What a recorded follow-up decides about the intervention (ADR 0030, amendment): go on as it is, change it, or end
 * it. Ending is done in case handling's decision part; the follow-up only says so.
 */
public enum FollowUpDecision {
    CONTINUE, CHANGE, END;

    /**
     * The text key of this value's name in the views.
     * ADR 0019: a whole literal per value; the exhaustive switch makes a new value name its text.
     */
    public String textKey() {
        return switch (this) {
            case CONTINUE -> "followup.record.decision.CONTINUE";
            case CHANGE -> "followup.record.decision.CHANGE";
            case END -> "followup.record.decision.END";
        };
    }
}
