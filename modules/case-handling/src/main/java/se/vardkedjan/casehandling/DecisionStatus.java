package se.vardkedjan.casehandling;

/**
 * PROPOSED: a caseworker's decision above their delegation, waiting for the unit manager. RETURNED: the manager sent
 * it back with a comment (a new proposal or decision follows). DECIDED: in force.
 */
public enum DecisionStatus {
    PROPOSED,
    RETURNED,
    DECIDED
}
