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
}
