package se.vardkedjan.casehandling;

/** How the client gave their view of the care plan. */
public enum AgreementChannel {
    MEETING,
    PHONE,
    WRITING
}
