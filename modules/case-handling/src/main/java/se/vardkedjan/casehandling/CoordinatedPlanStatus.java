package se.vardkedjan.casehandling;

/** Where a SIP stands. */
public enum CoordinatedPlanStatus {
    /** Being drawn up: participants, needs and measures are added. */
    DRAFT,
    /** Agreed and in force until its follow-up. */
    ACTIVE,
    /** Followed up at least once; still in force. */
    FOLLOWED_UP,
    /** Ended; kept as history. */
    CLOSED,
    /** The client withdrew consent: closed for changes, and the region's read access has ended. */
    CONSENT_WITHDRAWN;

    /** Whether the plan may still change. */
    public boolean isOpen() {
        return this == DRAFT || this == ACTIVE || this == FOLLOWED_UP;
    }

    /**
     * The text key of this value's name in the views.
     * ADR 0019: a whole literal per value; the exhaustive switch makes a new value name its text.
     */
    public String textKey() {
        return switch (this) {
            case DRAFT -> "casehandling.sip.status.DRAFT";
            case ACTIVE -> "casehandling.sip.status.ACTIVE";
            case FOLLOWED_UP -> "casehandling.sip.status.FOLLOWED_UP";
            case CLOSED -> "casehandling.sip.status.CLOSED";
            case CONSENT_WITHDRAWN -> "casehandling.sip.status.CONSENT_WITHDRAWN";
        };
    }
}
