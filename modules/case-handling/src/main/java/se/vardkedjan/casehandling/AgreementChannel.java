package se.vardkedjan.casehandling;

/** How the client gave their view of the care plan. */
public enum AgreementChannel {
    MEETING,
    PHONE,
    WRITING;

    /**
     * The text key of this value's name in the views.
     * ADR 0019: a whole literal per value; the exhaustive switch makes a new value name its text.
     */
    public String textKey() {
        return switch (this) {
            case MEETING -> "casehandling.plan.channel.MEETING";
            case PHONE -> "casehandling.plan.channel.PHONE";
            case WRITING -> "casehandling.plan.channel.WRITING";
        };
    }
}
