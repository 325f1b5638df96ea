package se.vardkedjan.casehandling;

/** Where information gathered in an investigation came from. */
public enum SourceKind {
    CLIENT,
    RELATIVE,
    HEALTH_CARE,
    POLICE,
    OTHER_AUTHORITY,
    EARLIER_CASE_FILE,
    OTHER
}
