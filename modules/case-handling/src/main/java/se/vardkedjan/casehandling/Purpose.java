package se.vardkedjan.casehandling;

/** Why personal data was read or changed; every access-log row names one. */
public enum Purpose {
    /** Handling the person's case: intake, investigation, decision, plan, journal, follow-up. */
    CASE_WORK,
    /** Finding a person or a case (search, lists). */
    SEARCH,
    /** A unit manager reviewing the access log or distributing cases. */
    SUPERVISION,
    /** Coordinated planning with the region (SIP). */
    COORDINATION,
    /** The client reading their own file in the portal. */
    OWN_FILE,
    /** Administration of the register (corrections of identity or protection). */
    ADMINISTRATION
}
