package se.vardkedjan.casehandling;

/** Where a SIP participant comes from. */
public enum ParticipantKind {
    /** Municipal staff (a staff account, or a named person). */
    MUNICIPALITY,
    /** A named person from the region's health care, with organisation and role; may get read access to the SIP. */
    REGION,
    /** A relative or other close person; only when the client does not object. */
    RELATIVE;

    /**
     * The text key of this value's name in the views.
     * ADR 0019: a whole literal per value; the exhaustive switch makes a new value name its text.
     */
    public String textKey() {
        return switch (this) {
            case MUNICIPALITY -> "casehandling.sip.participant.kind.MUNICIPALITY";
            case REGION -> "casehandling.sip.participant.kind.REGION";
            case RELATIVE -> "casehandling.sip.participant.kind.RELATIVE";
        };
    }
}
