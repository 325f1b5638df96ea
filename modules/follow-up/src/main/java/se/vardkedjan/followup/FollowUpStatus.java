package se.vardkedjan.followup;

/** Where a scheduled follow-up stands. Overdue is no status: a due one whose date has passed (ADR 0030). */
public enum FollowUpStatus {
    DUE, DONE, CANCELLED;

    public String textKey() {
        return switch (this) {
            case DUE -> "followup.schedule.status.DUE";
            case DONE -> "followup.schedule.status.DONE";
            case CANCELLED -> "followup.schedule.status.CANCELLED";
        };
    }
}
