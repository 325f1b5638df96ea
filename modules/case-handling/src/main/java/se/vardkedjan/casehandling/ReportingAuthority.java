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
}
