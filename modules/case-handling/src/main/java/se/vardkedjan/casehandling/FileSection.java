package se.vardkedjan.casehandling;

/**
 * A part of the client's own file as the portal shows it (ADR 0028). The door to the own file ({@code OwnFileDoor})
 * is told which part every read or change is for: a client's choices (a trusted adult's reading access, blocking the
 * portal) are made per part, and the door enforces them in one place, not each page.
 */
public enum FileSection {
    /** Where the case stands, the next step, the caseworker and the unit. */
    CASE(true),
    /** The care plan: goals, who does what, follow-up; the client's comments and agreement. */
    PLAN(true),
    /** The decisions with their reasons and how to appeal, and their PDF. */
    DECISIONS(true),
    /** The journal entries released to the client, and the client's view on an entry. */
    JOURNAL(true),
    /** The coordinated individual plan with the region (SIP) and the client's consent. */
    SIP(true),
    /** The assignment to a provider: where the client gets help, and from when. */
    ASSIGNMENT(true),
    /** Who has read the client's file (the access log of their own data). */
    ACCESS_LOG(true),
    /** Messages between the client and their caseworker. Never shared with a trusted adult. */
    MESSAGES(false),
    /** The client's own choices (a trusted adult, hiding new entries, blocking the portal). Never shared. */
    CHOICES(false),
    /** The client's applications for help from the portal. Never shared: only the client applies. */
    APPLICATIONS(false),
    /** Which information pages the client marked as read. Never shared. */
    INFORMATION(false),
    /**
     * The questionnaires (self-assessments) the caseworker sent the client to answer (ADR 0029, issue 13 slice 2).
     * Never shared: only the client answers them, and a trusted adult never sees them.
     */
    SELF_ASSESSMENTS(false);

    private final boolean shareable;

    FileSection(boolean shareable) {
        this.shareable = shareable;
    }

    /** Whether the client may give an adult they trust reading access to this part. */
    public boolean shareable() {
        return shareable;
    }
}
