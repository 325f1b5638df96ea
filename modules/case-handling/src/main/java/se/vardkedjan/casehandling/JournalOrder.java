package se.vardkedjan.casehandling;

/** How the case's journal is sorted by event date. */
public enum JournalOrder {
    NEWEST_FIRST,
    OLDEST_FIRST
}
