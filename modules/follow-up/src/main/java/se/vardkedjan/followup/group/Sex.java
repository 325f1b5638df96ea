package se.vardkedjan.followup.group;

/** The client's sex as the register holds it. */
public enum Sex {
    FEMALE, MALE, UNKNOWN
}
