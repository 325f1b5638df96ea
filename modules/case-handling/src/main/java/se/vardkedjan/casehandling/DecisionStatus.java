package se.vardkedjan.casehandling;

/**
 * PROPOSED: a caseworker's decision above their delegation, waiting for the unit manager. RETURNED: the manager sent
 * it back with a comment (a new proposal or decision follows). DECIDED: in force.
 */
public enum DecisionStatus {
    PROPOSED,
    RETURNED,
    DECIDED;

    /**
     * The text key of this value's name in the views.
     * ADR 0019: a whole literal per value; the exhaustive switch makes a new value name its text.
     */
    public String textKey() {
        return switch (this) {
            case PROPOSED -> "casehandling.decision.status.PROPOSED";
            case RETURNED -> "casehandling.decision.status.RETURNED";
            case DECIDED -> "casehandling.decision.status.DECIDED";
        };
    }
}
