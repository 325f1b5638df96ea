package se.vardkedjan.casehandling;

/**
 * Protected personal data (skyddade personuppgifter). Any level but {@link #NONE} hides the address everywhere and
 * restricts the person's cases to named staff.
 */
public enum ProtectionLevel {
    NONE,
    /** Sekretessmarkering in the population register. */
    CONFIDENTIALITY_MARKING,
    /** Skyddad folkbokföring (population register codes 01003 and 01020). */
    PROTECTED_REGISTRATION,
    /** Fingerade personuppgifter: the person lives under assumed identity data. */
    FICTITIOUS_IDENTITY;

    public boolean isProtected() {
        return this != NONE;
    }

    /**
     * The text key of this value's name in the views.
     * ADR 0019: a whole literal per value; the exhaustive switch makes a new value name its text.
     */
    public String textKey() {
        return switch (this) {
            case NONE -> "casehandling.staff.protection.NONE";
            case CONFIDENTIALITY_MARKING -> "casehandling.staff.protection.CONFIDENTIALITY_MARKING";
            case PROTECTED_REGISTRATION -> "casehandling.staff.protection.PROTECTED_REGISTRATION";
            case FICTITIOUS_IDENTITY -> "casehandling.staff.protection.FICTITIOUS_IDENTITY";
        };
    }
}
