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
    OTHER
}
