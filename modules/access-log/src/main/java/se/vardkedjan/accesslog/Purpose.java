package se.vardkedjan.accesslog;

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
    /** An adult the client trusts reading the parts of the client's file the client shared with them, in the portal. */
    TRUSTED_READER,
    /** Administration of the register (corrections of identity or protection). */
    ADMINISTRATION;

    /**
     * The text key of this value's name in the views.
     * ADR 0019: a whole literal per value; the exhaustive switch makes a new value name its text.
     */
    public String textKey() {
        return switch (this) {
            case CASE_WORK -> "accesslog.purpose.CASE_WORK";
            case SEARCH -> "accesslog.purpose.SEARCH";
            case SUPERVISION -> "accesslog.purpose.SUPERVISION";
            case COORDINATION -> "accesslog.purpose.COORDINATION";
            case OWN_FILE -> "accesslog.purpose.OWN_FILE";
            case TRUSTED_READER -> "accesslog.purpose.TRUSTED_READER";
            case ADMINISTRATION -> "accesslog.purpose.ADMINISTRATION";
        };
    }
}
