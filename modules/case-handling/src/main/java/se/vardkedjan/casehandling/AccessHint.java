package se.vardkedjan.casehandling;

/** Why an access-log row may deserve a unit manager's second look. */
public enum AccessHint {
    /** The person had no case in the user's units (e.g. found by search). */
    OUTSIDE_UNITS,
    /** The person has a protected identity. */
    PROTECTED_IDENTITY,
    /** Outside 07–19 on weekdays (Swedish time), or at a weekend. */
    UNUSUAL_HOURS,
    /** The user opened many different persons within ten minutes. */
    MANY_PERSONS
}
