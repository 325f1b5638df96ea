package se.vardkedjan.casehandling;

/** A draft is saved freely (text rules only); a completed investigation no longer changes. */
public enum InvestigationStatus {
    DRAFT,
    COMPLETED
}
