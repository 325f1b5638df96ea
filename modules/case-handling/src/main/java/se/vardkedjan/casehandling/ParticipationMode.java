package se.vardkedjan.casehandling;

/** How the client took part in the investigation (delaktighet). Declining is recorded too, never left blank. */
public enum ParticipationMode {
    MEETING,
    PHONE,
    WRITTEN,
    THROUGH_REPRESENTATIVE,
    DECLINED;

    /**
     * The text key of this value's name in the views.
     * ADR 0019: a whole literal per value; the exhaustive switch makes a new value name its text.
     */
    public String textKey() {
        return switch (this) {
            case MEETING -> "casehandling.investigation.participation-mode.MEETING";
            case PHONE -> "casehandling.investigation.participation-mode.PHONE";
            case WRITTEN -> "casehandling.investigation.participation-mode.WRITTEN";
            case THROUGH_REPRESENTATIVE -> "casehandling.investigation.participation-mode.THROUGH_REPRESENTATIVE";
            case DECLINED -> "casehandling.investigation.participation-mode.DECLINED";
        };
    }
}
