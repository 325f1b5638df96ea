package se.vardkedjan.casehandling;

/** How material or a decision was communicated to the client. */
public enum CommunicationChannel {
    MEETING,
    PHONE,
    LETTER,
    DIGITAL_MESSAGE
}
