package se.vardkedjan.followup;

/**
 * Where a questionnaire sent to the client stands: sent (nothing answered yet), in progress (some answers kept),
 * answered (sent back: it became a measurement) or withdrawn by the staff.
 */
public enum QuestionnaireStatus {
    SENT,
    IN_PROGRESS,
    ANSWERED,
    WITHDRAWN;

    /** Whether the client can still answer it. */
    public boolean open() {
        return this == SENT || this == IN_PROGRESS;
    }

    /**
     * The text key of this value's name in the views.
     * ADR 0019: a whole literal per value; the exhaustive switch makes a new value name its text.
     */
    public String textKey() {
        return switch (this) {
            case SENT -> "followup.questionnaire.status.SENT";
            case IN_PROGRESS -> "followup.questionnaire.status.IN_PROGRESS";
            case ANSWERED -> "followup.questionnaire.status.ANSWERED";
            case WITHDRAWN -> "followup.questionnaire.status.WITHDRAWN";
        };
    }
}
