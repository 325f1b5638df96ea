package se.vardkedjan.followup;

/** What a scheduled follow-up follows up (ADR 0030). */
public enum FollowUpSource {
    /** A goal of the care plan in force, on its follow-up date. */
    GOAL,
    /** A granted intervention (or help given as a service without decision), a set period after it starts. */
    INTERVENTION,
    /** A SIP, on its follow-up date. */
    SIP;

    public String textKey() {
        return switch (this) {
            case GOAL -> "followup.schedule.source.GOAL";
            case INTERVENTION -> "followup.schedule.source.INTERVENTION";
            case SIP -> "followup.schedule.source.SIP";
        };
    }
}
