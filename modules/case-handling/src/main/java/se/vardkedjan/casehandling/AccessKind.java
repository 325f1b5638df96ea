package se.vardkedjan.casehandling;

/** What an access-log row records: a read, or a change (which includes creating and signing). */
public enum AccessKind {
    READ,
    CHANGE
}
