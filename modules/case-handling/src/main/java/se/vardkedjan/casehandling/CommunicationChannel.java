package se.vardkedjan.casehandling;

/** How material or a decision was communicated to the client. */
public enum CommunicationChannel {
    MEETING,
    PHONE,
    LETTER,
    DIGITAL_MESSAGE;

    /**
     * The text key of this value's name in the views.
     * ADR 0019: a whole literal per value; the exhaustive switch makes a new value name its text.
     */
    public String textKey() {
        return switch (this) {
            case MEETING -> "casehandling.investigation.channel.MEETING";
            case PHONE -> "casehandling.investigation.channel.PHONE";
            case LETTER -> "casehandling.investigation.channel.LETTER";
            case DIGITAL_MESSAGE -> "casehandling.investigation.channel.DIGITAL_MESSAGE";
        };
    }
}
