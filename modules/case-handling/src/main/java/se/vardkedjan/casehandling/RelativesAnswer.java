package se.vardkedjan.casehandling;

/**
 * The investigation's answer on the client's relatives (anhöriga/närstående, issue 13, slice 4): named in the
 * investigation, none, or the client does not want them involved (relatives take part when the client does not
 * object). Asked of every client, so "no relatives" is told apart from "not asked" (no answer).
 */
public enum RelativesAnswer {
    /** The client's relatives are named in the investigation. */
    NAMED,
    /** The client has no relatives or close ones to involve. */
    NONE,
    /** The client does not want their relatives involved. */
    DECLINED;

    /**
     * The text key of this value's name in the views.
     * ADR 0019: a whole literal per value; the exhaustive switch makes a new value name its text.
     */
    public String textKey() {
        return switch (this) {
            case NAMED -> "casehandling.investigation.relatives-answer.NAMED";
            case NONE -> "casehandling.investigation.relatives-answer.NONE";
            case DECLINED -> "casehandling.investigation.relatives-answer.DECLINED";
        };
    }
}
