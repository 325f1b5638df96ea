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
}
