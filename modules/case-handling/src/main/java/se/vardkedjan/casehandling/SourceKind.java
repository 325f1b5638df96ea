package se.vardkedjan.casehandling;

/** Where information gathered in an investigation came from. */
public enum SourceKind {
    CLIENT,
    RELATIVE,
    HEALTH_CARE,
    POLICE,
    OTHER_AUTHORITY,
    EARLIER_CASE_FILE,
    OTHER;

    /**
     * The text key of this value's name in the views.
     * ADR 0019: a whole literal per value; the exhaustive switch makes a new value name its text.
     */
    public String textKey() {
        return switch (this) {
            case CLIENT -> "casehandling.investigation.source-kind.CLIENT";
            case RELATIVE -> "casehandling.investigation.source-kind.RELATIVE";
            case HEALTH_CARE -> "casehandling.investigation.source-kind.HEALTH_CARE";
            case POLICE -> "casehandling.investigation.source-kind.POLICE";
            case OTHER_AUTHORITY -> "casehandling.investigation.source-kind.OTHER_AUTHORITY";
            case EARLIER_CASE_FILE -> "casehandling.investigation.source-kind.EARLIER_CASE_FILE";
            case OTHER -> "casehandling.investigation.source-kind.OTHER";
        };
    }
}
