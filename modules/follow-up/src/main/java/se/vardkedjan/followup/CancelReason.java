package se.vardkedjan.followup;

/** Why a scheduled follow-up was cancelled; the row stays (ADR 0030). */
public enum CancelReason {
    /** The intervention ended (avslut) before its follow-up. */
    INTERVENTION_CLOSED,
    /** The case was closed. */
    CASE_CLOSED,
    /** A revision of the plan was agreed without the goal. */
    GOAL_REMOVED;

    public String textKey() {
        return switch (this) {
            case INTERVENTION_CLOSED -> "followup.schedule.cancelled.INTERVENTION_CLOSED";
            case CASE_CLOSED -> "followup.schedule.cancelled.CASE_CLOSED";
            case GOAL_REMOVED -> "followup.schedule.cancelled.GOAL_REMOVED";
        };
    }
}
