package se.vardkedjan.casehandling;

/** The life areas of the Addiction Severity Index (ASI) in which an investigation assesses the client's needs. */
public enum LifeArea {
    PHYSICAL_HEALTH,
    WORK_AND_INCOME,
    ALCOHOL,
    DRUGS,
    LEGAL,
    FAMILY_AND_SOCIAL,
    MENTAL_HEALTH;

    /**
     * The text key of this value's name in the views.
     * ADR 0019: a whole literal per value; the exhaustive switch makes a new value name its text.
     */
    public String textKey() {
        return switch (this) {
            case PHYSICAL_HEALTH -> "casehandling.investigation.life-area.PHYSICAL_HEALTH";
            case WORK_AND_INCOME -> "casehandling.investigation.life-area.WORK_AND_INCOME";
            case ALCOHOL -> "casehandling.investigation.life-area.ALCOHOL";
            case DRUGS -> "casehandling.investigation.life-area.DRUGS";
            case LEGAL -> "casehandling.investigation.life-area.LEGAL";
            case FAMILY_AND_SOCIAL -> "casehandling.investigation.life-area.FAMILY_AND_SOCIAL";
            case MENTAL_HEALTH -> "casehandling.investigation.life-area.MENTAL_HEALTH";
        };
    }

    /**
     * The text key saying that this life area is not yet assessed.
     * ADR 0019: a whole literal per value; the exhaustive switch makes a new value name its text.
     */
    public String missingTextKey() {
        return switch (this) {
            case PHYSICAL_HEALTH -> "casehandling.investigation.missing.life-area.physical-health";
            case WORK_AND_INCOME -> "casehandling.investigation.missing.life-area.work-and-income";
            case ALCOHOL -> "casehandling.investigation.missing.life-area.alcohol";
            case DRUGS -> "casehandling.investigation.missing.life-area.drugs";
            case LEGAL -> "casehandling.investigation.missing.life-area.legal";
            case FAMILY_AND_SOCIAL -> "casehandling.investigation.missing.life-area.family-and-social";
            case MENTAL_HEALTH -> "casehandling.investigation.missing.life-area.mental-health";
        };
    }
}
