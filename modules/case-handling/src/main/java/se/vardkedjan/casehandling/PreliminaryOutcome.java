package se.vardkedjan.casehandling;

/** The outcome of the preliminary assessment (förhandsbedömning). */
public enum PreliminaryOutcome {
    OPEN_INVESTIGATION,
    NO_INVESTIGATION
}
