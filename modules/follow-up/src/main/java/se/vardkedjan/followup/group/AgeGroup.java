package se.vardkedjan.followup.group;

/**
 * The age groups of group follow-up, by the client's age on the day their case was received (case handling's
 * reporting view computes it, ADR 0031): a case keeps its group whatever period is chosen.
 */
public enum AgeGroup {
    AGE_18_20("18-20"), AGE_21_29("21-29"), AGE_30_49("30-49"), AGE_50_64("50-64"), AGE_65_PLUS("65+");

    private final String code;

    AgeGroup(String code) {
        this.code = code;
    }

    /** The code the summaries store. */
    public String code() {
        return code;
    }
}
