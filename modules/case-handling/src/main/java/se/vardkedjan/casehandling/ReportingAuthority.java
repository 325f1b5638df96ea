package se.vardkedjan.casehandling;

/** Who made a report: the authorities LVM 6 § obliges to report, or someone else. */
public enum ReportingAuthority {
    POLICE,
    HEALTH_CARE,
    PRISON_AND_PROBATION,
    SOCIAL_INSURANCE_AGENCY,
    PUBLIC_EMPLOYMENT_SERVICE,
    CUSTOMS,
    OTHER_AUTHORITY,
    RELATIVE_OR_OTHER_PERSON;

    /** Whether a report from this reporter is a mandatory report under LVM 6 §. */
    public boolean isObligedUnderLvm() {
        return this != RELATIVE_OR_OTHER_PERSON;
    }

    /**
     * The text key of this value's name in the views.
     * ADR 0019: a whole literal per value; the exhaustive switch makes a new value name its text.
     */
    public String textKey() {
        return switch (this) {
            case POLICE -> "casehandling.staff.authority.POLICE";
            case HEALTH_CARE -> "casehandling.staff.authority.HEALTH_CARE";
            case PRISON_AND_PROBATION -> "casehandling.staff.authority.PRISON_AND_PROBATION";
            case SOCIAL_INSURANCE_AGENCY -> "casehandling.staff.authority.SOCIAL_INSURANCE_AGENCY";
            case PUBLIC_EMPLOYMENT_SERVICE -> "casehandling.staff.authority.PUBLIC_EMPLOYMENT_SERVICE";
            case CUSTOMS -> "casehandling.staff.authority.CUSTOMS";
            case OTHER_AUTHORITY -> "casehandling.staff.authority.OTHER_AUTHORITY";
            case RELATIVE_OR_OTHER_PERSON -> "casehandling.staff.authority.RELATIVE_OR_OTHER_PERSON";
        };
    }
}
