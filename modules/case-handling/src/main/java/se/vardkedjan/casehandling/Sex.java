package se.vardkedjan.casehandling;

/** Legal sex as the identity number gives it (or as recorded for a reserve number); used for group statistics. */
public enum Sex {
    FEMALE,
    MALE,
    UNKNOWN
}
