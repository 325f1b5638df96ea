package se.vardkedjan.casehandling;

/** Who is responsible for a measure in a SIP (huvudman). */
public enum Principal {
    MUNICIPALITY,
    REGION,
    /** Someone else: the Swedish Public Employment Service, the Social Insurance Agency, a school, ... */
    OTHER;

    /**
     * The text key of this value's name in the views.
     * ADR 0019: a whole literal per value; the exhaustive switch makes a new value name its text.
     */
    public String textKey() {
        return switch (this) {
            case MUNICIPALITY -> "casehandling.sip.principal.MUNICIPALITY";
            case REGION -> "casehandling.sip.principal.REGION";
            case OTHER -> "casehandling.sip.principal.OTHER";
        };
    }
}
