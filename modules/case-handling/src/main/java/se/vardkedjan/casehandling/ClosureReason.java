package se.vardkedjan.casehandling;

/** Why a case or an intervention was closed (avslut). */
public enum ClosureReason {
    GOALS_REACHED,
    PARTLY_REACHED,
    CLIENT_ENDED,
    NEEDS_MET_ELSEWHERE,
    MOVED_AWAY,
    DECEASED,
    NO_CONTACT,
    OTHER;

    /**
     * The text key of this value's name in the views.
     * ADR 0019: a whole literal per value; the exhaustive switch makes a new value name its text.
     */
    public String textKey() {
        return switch (this) {
            case GOALS_REACHED -> "casehandling.staff.closure-reason.GOALS_REACHED";
            case PARTLY_REACHED -> "casehandling.staff.closure-reason.PARTLY_REACHED";
            case CLIENT_ENDED -> "casehandling.staff.closure-reason.CLIENT_ENDED";
            case NEEDS_MET_ELSEWHERE -> "casehandling.staff.closure-reason.NEEDS_MET_ELSEWHERE";
            case MOVED_AWAY -> "casehandling.staff.closure-reason.MOVED_AWAY";
            case DECEASED -> "casehandling.staff.closure-reason.DECEASED";
            case NO_CONTACT -> "casehandling.staff.closure-reason.NO_CONTACT";
            case OTHER -> "casehandling.staff.closure-reason.OTHER";
        };
    }

    /**
     * The text key of this reason when a granted intervention was closed.
     * ADR 0019: a whole literal per value; the exhaustive switch makes a new value name its text.
     */
    public String interventionTextKey() {
        return switch (this) {
            case GOALS_REACHED -> "casehandling.decision.closure-reason.GOALS_REACHED";
            case PARTLY_REACHED -> "casehandling.decision.closure-reason.PARTLY_REACHED";
            case CLIENT_ENDED -> "casehandling.decision.closure-reason.CLIENT_ENDED";
            case NEEDS_MET_ELSEWHERE -> "casehandling.decision.closure-reason.NEEDS_MET_ELSEWHERE";
            case MOVED_AWAY -> "casehandling.decision.closure-reason.MOVED_AWAY";
            case DECEASED -> "casehandling.decision.closure-reason.DECEASED";
            case NO_CONTACT -> "casehandling.decision.closure-reason.NO_CONTACT";
            case OTHER -> "casehandling.decision.closure-reason.OTHER";
        };
    }
}
